error { f: error 'error while manifesting the error value' }
