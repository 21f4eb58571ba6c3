// Numeric-looking keys are sorted as strings.
{ '2': 'two', '10': 'ten', '1': 'one', '-1': 'minus one', '01': 'zero one', '1.5': 'one and a half', a1: 1, a10: 10, a2: 2 }
