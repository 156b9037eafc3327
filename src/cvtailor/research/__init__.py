"""Which CV items evidence which requirement, and the gap report built from that."""
