"""A TechEmpower-style "fortunes" Django site: the baseline that bench/bench_pages.py measures the portal against."""
