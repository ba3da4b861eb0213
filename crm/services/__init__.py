"""Write side of the lead CRM, one module per concept."""
