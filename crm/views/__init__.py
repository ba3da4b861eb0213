"""The CRM pages, one module per concept; every page but the inbound form is for acquisition staff only."""
