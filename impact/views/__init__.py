"""Pages of impact, one module per concept."""
