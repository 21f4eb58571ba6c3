// One h, l or L before the conversion is accepted and ignored.
['%hd|%ld|%Ld|%lf|%Le|%hs|%5.2lf' % [1, 2, 3, 1.5, 1.5, 'x', 3.14159]]
