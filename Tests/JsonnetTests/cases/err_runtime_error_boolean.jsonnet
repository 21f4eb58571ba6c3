[error false]
