"""The screening wizard: one page per group of requirements, then the summary."""
