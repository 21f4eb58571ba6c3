{
  name: 'lib',
  greeting: 'hi from ' + self.name,
}
