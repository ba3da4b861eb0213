"""Impact's writes, one module per concept."""
