local base = { describe():: 'base', value: 1 };
local mid = base + { describe():: 'mid>' + super.describe(), value: super.value * 10 };
local top = mid + { describe():: 'top>' + super.describe(), value: super.value + 1 };
{
  desc: top.describe(),
  value: top.value,
  mid_desc: mid.describe(),
}
