{ hidden:: 'only' }
