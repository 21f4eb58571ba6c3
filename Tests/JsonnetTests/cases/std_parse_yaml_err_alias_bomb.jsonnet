std.parseYaml(std.join('\n', ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'] + ['a%d: &a%d [%s]' % [i, i, std.join(', ', std.makeArray(10, function(_) '*a%d' % (i - 1)))] for i in std.range(1, 5)]))
