sdt.length([])
