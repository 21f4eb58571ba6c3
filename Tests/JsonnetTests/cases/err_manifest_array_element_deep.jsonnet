{ list: [[0], [1, 2, [3, error "nested element"]]] }
