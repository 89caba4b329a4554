"""The county's receiving service: bundles uploaded over HTTPS by enrolled laptops."""
