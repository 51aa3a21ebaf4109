"""Settings for the load bench: the production settings plus one bare Django view
(bench/urls.py), measured in the same run as the real pages, as a yardstick of what the
machine and the framework manage without any of our work."""

from wijkportaal.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
