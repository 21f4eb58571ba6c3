function(env=error 'env not provided') { env: env }
