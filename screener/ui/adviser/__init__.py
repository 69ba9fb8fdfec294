"""The adviser's desk in the app: the candidates x vacancies matrix, gap plans, dossiers."""
