"""The vacancy list, its details, and the all-vacancies overview."""
