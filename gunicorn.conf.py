"""gunicorn settings for Wijkportaal. Every value can be changed with an environment variable.

Run: `gunicorn -c gunicorn.conf.py wijkportaal.wsgi` (or `make serve`). gunicorn listens on
the loopback address; a reverse proxy or load balancer in front of it ends TLS and sets
X-Forwarded-Proto (see README, "Deploying with PostgreSQL and gunicorn").
"""

import json
import multiprocessing
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from gunicorn.glogging import Logger

# The project's own code, also when gunicorn is started from another folder (--chdir).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from wijkportaal.logging import pad_maskeren  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: Django views here are short and database-bound. 2 x cores + 1 keeps the
# cores busy while some workers wait on PostgreSQL.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request that takes longer than this is stuck: the worker is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Restart workers now and then so a slow leak can never grow large; jitter avoids all
# workers restarting at once. Not too often: a new worker starts with an empty cache (at
# 1,000 requests per second, 2,000 requests was a restart every 10 seconds per worker).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Load the app before forking: faster start, and an error in settings stops gunicorn at once.
preload_app = True
# Only trust X-Forwarded-* from the proxy on this machine (or the addresses in the env).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Requests: a line or header larger than this is refused before Django sees it.
limit_request_line = 8190
limit_request_fields = 100

# Logs go to stdout/stderr (the service manager collects them). The access log is one JSON
# object per line, like the application log; it has no query string (a search can contain
# personal words) and no client address (collect little).
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
proc_name = "wijkportaal"


class JsonAccessLogger(Logger):
    """Writes each request as a JSON line (json.dumps escapes whatever a client sends)."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        regel = {
            "tijd": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "logger": "gunicorn.access",
            "methode": req.method,
            "pad": pad_maskeren(req.path),  # no partner/status/verification tokens
            "status": resp.status_code,
            "bytes": getattr(resp, "sent", None),
            "duur_ms": round(request_time.total_seconds() * 1000, 1),
        }
        self.access_log.info(json.dumps(regel, ensure_ascii=False))


logger_class = JsonAccessLogger
