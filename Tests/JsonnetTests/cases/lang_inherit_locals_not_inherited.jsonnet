local base = { local secret = 'base-local', reveal: secret };
{
  derived: base + { local secret = 'derived-local', mine: secret },
}
