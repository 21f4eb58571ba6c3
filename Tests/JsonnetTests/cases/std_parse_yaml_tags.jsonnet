{
  core: std.parseYaml('a: !!str 1\nb: !!int "12"\nc: !!float 1\nd: !!bool yes\ne: !!null ""\nf: !!timestamp 2001-12-14\ng: !!str ~'),
  custom: std.parseYaml('a: !foo bar\nb: ! 12\nc: !foo 12'),
  binary: std.parseYaml('a: !!binary aGVsbG8=\nb: !!binary |\n  aGVs\n  bG8=\n'),
  collections: [std.parseYaml('!!map [1]'), std.parseYaml('!!str [1]')],
  verbatim: std.parseYaml('!<tag:yaml.org,2002:int> "7"'),
  tagDirective: std.parseYaml('%TAG !e! tag:yaml.org,2002:\n--- !e!int "3"'),
}
