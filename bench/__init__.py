"""Benchmarks: `make bench` (search). See bench/README.md."""
