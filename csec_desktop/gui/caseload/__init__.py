"""The caseload screens: the list of youth, a youth's page, profiles, duties and deadlines."""
