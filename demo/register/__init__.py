"""The demo register: a fictitious park, generated deterministically, that reproduces the monitor report."""
