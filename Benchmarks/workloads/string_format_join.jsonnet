// String building with std.join, std.format and `%`.
local n = 100000;
local viaJoin = std.join(',', [std.toString(i) for i in std.range(1, n)]);
local viaFormat = [std.format('%s-%05d-%.2f', ['k', i, i / 7]) for i in std.range(1, n)];
local viaPercent = ['%d:%s' % [i, 'v'] for i in std.range(1, n)];
std.length(viaJoin) + std.length(std.join('', viaFormat)) + std.length(viaPercent)
