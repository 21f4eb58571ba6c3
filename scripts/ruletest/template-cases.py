#!/usr/bin/env python3
"""The alert-template cases run through promtool by template-oracle.py: writes cases.json.

Each case is {"t": template text, "ctx": context name} (contexts: see template-oracle.py).
Templates only query what QUERIES in template-gen-tests.py knows. To regenerate the tests:

  python3 scripts/ruletest/template-cases.py /tmp/cases.json
  python3 scripts/ruletest/template-oracle.py /tmp/cases.json /tmp/o1.json
  python3 scripts/ruletest/template-oracle.py /tmp/cases.json /tmp/o2.json
  python3 scripts/ruletest/template-gen-tests.py /tmp/o1.json /tmp/o2.json \
      > Tests/RuleTestingTests/TemplateOracleCasesTests.swift
"""
import json, sys

C = []


def add(ctx, *ts):
    for t in ts:
        C.append({"t": t, "ctx": ctx})


def api(*ts):
    add("api", *ts)


# --- text, variables, data ---------------------------------------------------------------
api("plain text", "", "{{ $labels.job }}", "{{ .Labels.job }}", "{{ $labels }}", "{{ $externalLabels }}",
    "{{ $externalURL }}", "{{ $value }}", "{{ .Value }}", "{{ . }}", "{{ $ }}", "{{ $.Labels.job }}",
    "{{ .ExternalLabels.region }}", "{{ $externalLabels.nope }}|{{ $labels.nope }}|",
    "{{ .ExternalURL }}", "{{ $labels.__name__ }}", "{{ $labels.instance }} is down",
    "a {{ $labels.job }} b {{ $value }} c", "{{$x := 1}}{{$x}}", "{{ $x := \"a\" }}{{ $x = \"b\" }}{{ $x }}",
    "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}",
    "{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}",
    "{{ with $x := $labels.job }}{{ $x }}{{ end }}", "{{ $labels := 5 }}{{ $labels }}",
    "{{ $value := \"v\" }}{{ $value }}{{ .Value }}", "{{ $y = 1 }}", "{{ . | printf \"%T\" }}",
    "{{ .Labels | len }}", "{{ .Foo }}", "{{ .labels }}", "{{ $labels.job.x }}", "{{ .Value.x }}",
    "{{ .Labels.job 1 }}", "{{ $labels 1 }}", "{{ $labels.job 1 }}", "{{ .Value 1 }}", "{{ 1 | .Foo }}",
    "{{ . 1 }}", "{{ 1 2 }}", "{{ \"a\" 1 }}", "{{ nil }}", "{{ true }}{{ false }}", "{{ (1) }}",
    "{{ (\"a\").x }}", "{{ (1).x }}", "{{ ($labels).job }}", "{{ (.Labels).job }}", "{{ ($).Value }}",
    "{{ (.).Value }}", "{{ .ExternalURL.x }}", "{{ $externalLabels.region.x }}")
add("db", "{{ $labels.job }} {{ $value }} {{ $labels.instance }}")
add("big", "{{ $value }} {{ $labels }} {{ . }}", "{{ humanize $value }}")
add("small", "{{ $value }} {{ humanize $value }} {{ printf \"%.2e\" $value }}")
add("neg", "{{ $value }} {{ humanize $value }} {{ humanizeDuration $value }}")
add("nan", "{{ $value }} {{ humanize $value }} {{ printf \"%f|%5.1f|%+v|%x\" $value $value $value $value }} {{ if $value }}t{{ end }}")
add("inf", "{{ $value }} {{ humanize $value }} {{ printf \"%f|%08.1f|% v\" $value $value $value }} {{ humanizeTimestamp $value }}")
add("zero", "{{ $value }} {{ if $value }}t{{ else }}f{{ end }} {{ humanizeDuration $value }} {{ humanize1024 $value }}")
add("ts", "{{ $value }} {{ humanizeTimestamp $value }} {{ toTime $value }} {{ (toTime $value).Unix }}")
add("disk", "{{ $labels }}", "{{ $labels.note }}", "{{ $labels.team | toUpper }}", "{{ html $labels.note }}",
    "{{ js $labels.note }}", "{{ urlquery $labels.note }}", "{{ printf \"%q\" $labels.note }}",
    "{{ humanizePercentage $value }}", "{{ printf \"%.1f%%\" (humanize $value) }}", "{{ printf \"%x\" $labels.team }}",
    "{{ len $labels.team }}", "{{ index $labels.team 0 }}", "{{ slice $labels.team 0 1 }}")

# --- literals ---------------------------------------------------------------------------
api("{{ 1e3 }} {{ 0x10 }} {{ 'a' }} {{ 1i }} {{ 1+2i }} {{ 0i }} {{ 1.5e3 }} {{ 1_000 }} {{ 0b101 }} {{ 0o17 }} {{ 017 }} {{ -0 }} {{ +5 }} {{ 0x1p-2 }}",
    "{{ 18446744073709551615 }}", "{{ 9223372036854775807 }}", "{{ -9223372036854775808 }}", "{{ 9223372036854775808 }}",
    "{{ 99999999999999999999 }}", "{{ 1e400 }}", "{{ - }}", "{{ + }}", "{{ 1.2.3 }}", "{{ 0x }}", "{{ 1e }}",
    "{{ 1_ }}", "{{ 1__0 }}", "{{ 0xFF }}", "{{ -0x1E }}", "{{ 0x1E }}", "{{ 1e2 | printf \"%T\" }}", "{{ 100 | printf \"%T\" }}",
    "{{ 'a' | printf \"%T\" }}", "{{ 1.0 | printf \"%T %v\" }}", "{{ .5 }}", "{{ 5. }}", "{{ -.5 }}", "{{ 1i | printf \"%T\" }}",
    "{{ 2.5i }}", "{{ 1-2i }}", "{{ 1e2+3e1i }}", "{{ 1+2 }}", "{{ 1+i }}", "{{ 1x }}", "{{ 0b2 }}", "{{ 09 }}",
    "{{ 0o8 }}", "{{ '\\n' }}", "{{ '\\x41' }}", "{{ '\\u00e9' }}", "{{ '\\'' }}", "{{ 'ab' }}", "{{ '' }}",
    "{{ '\\q' }}", "{{ 'é' }}", "{{ '\"' }}", "{{ '\\\"' }}", "{{ '\\377' }}", "{{ '\\400' }}",
    "{{ \"a\\tb\" }}", "{{ \"\\u00e9\\U0001F600\\x41\\101\\a\" | printf \"%q\" }}", "{{ `raw\\n` }}",
    "{{ \"\\q\" }}", "{{ \"\\'\" }}", "{{ \"\\\"\" }}", "{{ \"\\uD800\" }}", "{{ \"\\U00110000\" }}", "{{ \"\\xZZ\" }}",
    "{{ \"unterminated }}", "{{ `unterminated }}", "{{ 'a }}", "{{ \"multi\nline\" }}", "{{ `multi\nline` }}",
    "{{ true | printf \"%T\" }}", "{{ nil | print }}", "{{ print nil }}", "{{ \"abc\" }}{{ `def` }}")

# --- lexer and parser errors ------------------------------------------------------------
api("{{", "{{ ", "{{ .Labels", "{{ 1 }", "}}", "{{}}", "{{ }}", "{{ @ }}", "{{ # }}", "{{ ! }}", "{{ ; }}",
    "{{ ~ }}", "{{ , }}", "{{ [ }}", "{{ ] }}", "{{ { }}", "{{ $ }}", "{{ $.x }}", "{{ $x }}", "{{ $1 }}",
    "{{ .Labels$ }}", "{{ .Labels! }}", "{{ $labels! }}", "{{ foo }}", "{{ foo! }}", "{{ len! }}", "{{ 1! }}",
    "{{ ( }}", "{{ ) }}", "{{ (1 }}", "{{ 1) }}", "{{ ((1) }}", "{{ () }}", "{{ (1)) }}", "{{ .Foo) }}",
    "{{ | }}", "{{ 1 | }}", "{{ | len }}", "{{ 1 || len }}", "{{ 1 | 2 }}", "{{ len | 1 }}", "{{ 1 | \"a\" }}",
    "{{ len | true }}", "{{ len | . }}", "{{ len | nil }}", "{{ len | $ }}", "{{ len | (1) }}",
    "{{ := }}", "{{ $x := }}", "{{ $x = }}", "{{ $x : 1 }}", "{{ $x :1 }}", "{{ $x:=1 }}{{ $x }}",
    "{{ $x=1 }}", "{{$x:=1}}{{$x}}", "{{ $x, $y := 1 }}", "{{ $x := $y := 1 }}", "{{ 1 := 2 }}",
    "{{ = }}", "{{ .x := 1 }}", "{{ $x := 1 2 }}", "{{ /* c */ }}", "{{/* c */}}", "{{- /* c */ -}}",
    "{{/* c */ }}", "{{ /* c */}}", "{{/* c", "{{/* c */", "{{/* c */x}}", "{{/*c*/}}x", "a {{- /* c */ -}} b",
    "{{/* multi\nline */}}ok", "{{- 1 -}}", "a {{- 1 }} b", "a {{ 1 -}} b", "a\n\n {{- 1 -}} \n\nb",
    "{{-1}}", "{{ -1}}", "{{-1 }}", "{{- -1 -}}", "{{ 1 -}}", "{{1-}}", "{{ 1 - }}", "{{-}}", "{{- }}",
    "a {{-\n1 -}}\nb", "{{ 1 -}}\n\t x", "{{ if }}", "{{ if 1 }}", "{{ if 1 }}{{ else }}", "{{ end }}",
    "{{ else }}", "{{ if 1 }}{{ else }}{{ else }}{{ end }}", "{{ if 1 }}{{ end 1 }}", "{{ if 1 }}{{ else 1 }}{{ end }}",
    "{{ range }}{{ end }}", "{{ with }}{{ end }}", "{{ range 1, 2 }}{{ end }}", "{{ range $i, $x, $y := 1 }}{{ end }}",
    "{{ range $i, 1 := 1 }}{{ end }}", "{{ if $x, $y := 1 }}{{ end }}", "{{ with $x := 1 }}{{ else with 2 }}{{ end }}",
    "{{ range 1 }}{{ else if 1 }}{{ end }}", "{{ break }}", "{{ continue }}", "{{ if 1 }}{{ break }}{{ end }}",
    "{{ range (query \"up\") }}{{ continue 1 }}{{ end }}", "{{ range (query \"up\") }}{{ break 1 }}{{ end }}",
    "{{ define \"x\" }}{{ end }}ok", "{{ if 1 }}{{ define \"x\" }}{{ end }}{{ end }}",
    "{{ define \"x\" }}a{{ end }}{{ define \"x\" }}b{{ end }}", "{{ define \"x\" }}a{{ end }}{{ define \"x\" }} {{ end }}{{ template \"x\" }}",
    "{{ define \"x\" }} {{ end }}{{ define \"x\" }}b{{ end }}{{ template \"x\" }}", "{{ define x }}{{ end }}",
    "{{ define \"x\" }}", "{{ define \"x\" }}{{ else }}{{ end }}", "{{ define \"x\" 1 }}{{ end }}", "{{ define }}",
    "{{ template x }}", "{{ template }}", "{{ template \"x\" }}", "{{ template \"x\" 1 2 }}", "{{ template \"a\\q\" }}",
    "{{ block \"b\" }}{{ end }}", "{{ block \"b\" . }}{{ $labels }}{{ end }}", "{{ block \"b\" . }}",
    "{{ block b . }}{{ end }}", "{{ block \"b\" . }}{{ else }}{{ end }}", "{{ .Labels.job | foo }}", "{{ len 1 2 | }}",
    "{{ if 1 }}x{{ end }}{{ $z }}", "{{ range $z := 1 }}{{ end }}{{ $z }}", "{{ with $z := 1 }}{{ end }}{{ $z }}",
    "{{ $x := 1 }}{{ define \"d\" }}{{ $x }}{{ end }}", "{{ 1 | $labels }}", "{{ len . . }}", "{{ (len) }}",
    "{{ 1.x }}", "{{ \"a\".x }}", "{{ true.x }}", "{{ nil.x }}", "{{ ..x }}", "{{ .x.y.z }}", "{{ $labels.job.x.y }}",
    "{{ (1).x.y }}", "{{ . . }}", "{{ \"a\" | len | printf \"%d\" | len }}",
    "x\n{{ if }}", "x\n\n{{ 1 }}{{ end }}", "x\n{{ 1\n2 }}", "{{ \"a\nb\" }}", "{{ 1 }}\n{{ foo }}",
    "{{ if 1 }}\n\n{{ else }}{{ else }}", "{{ 1 }}\n{{", "{{\n1\n", "{{ (\n1\n", "x\n{{/* a\nb")

# --- execution errors and positions -----------------------------------------------------
api("{{ template \"x\" }}", "{{ template \"x\" . }}", "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}",
    "x\n{{ .Foo }}", "x\ny\n  {{ .Labels.job.x }}", "{{ if 1 }}\n{{ .Foo }}{{ end }}", "é{{ .Foo }}", "{{ \"é\" }}{{ .Foo }}",
    "{{ range 5 }}{{ end }}", "{{ range \"abc\" }}{{ end }}", "{{ range 1.5 }}{{ end }}", "{{ range true }}{{ end }}",
    "{{ range . }}{{ end }}", "{{ range $x := 5 }}{{ end }}", "{{ range first (query \"up\") }}{{ end }}",
    "{{ range nil }}{{ end }}", "{{ range (args).x }}x{{ else }}none{{ end }}", "{{ range toTime 1 }}{{ end }}",
    "{{ range safeHtml \"a\" }}{{ end }}", "{{ range 1i }}{{ end }}", "{{ range index \"a\" 0 }}{{ end }}",
    "{{ if nil }}{{ end }}", "{{ with nil }}{{ end }}", "{{ nil | len }}", "{{ .Labels.job | .Foo }}")

# --- control flow -----------------------------------------------------------------------
api("{{ if 1 }}a{{ else if 0 }}b{{ else }}c{{ end }}", "{{ if 0 }}a{{ else if 0 }}b{{ else }}c{{ end }}",
    "{{ if 0 }}a{{ else if 1 }}b{{ end }}", "{{ if 0 }}a{{ else if 0 }}b{{ else if 1 }}c{{ end }}",
    "{{ if \"\" }}t{{ else }}f{{ end }}", "{{ if \"0\" }}t{{ else }}f{{ end }}", "{{ if 0.0 }}t{{ else }}f{{ end }}",
    "{{ if $labels }}t{{ end }}", "{{ if (args) }}t{{ else }}f{{ end }}", "{{ if . }}t{{ end }}",
    "{{ if query \"nothing\" }}t{{ else }}f{{ end }}", "{{ if query \"up\" }}t{{ end }}",
    "{{ if first (query \"up\") }}t{{ end }}", "{{ if 0i }}t{{ else }}f{{ end }}", "{{ if (args).x }}t{{ else }}f{{ end }}",
    "{{ if (args 0).arg0 }}t{{ else }}f{{ end }}", "{{ if index \"\\x00\" 0 }}t{{ else }}f{{ end }}",
    "{{ if toTime 0 }}t{{ end }}", "{{ if safeHtml \"\" }}t{{ else }}f{{ end }}",
    "{{ with $labels.job }}[{{ . }}]{{ end }}", "{{ with $labels.nope }}x{{ else }}empty{{ end }}",
    "{{ with .Labels }}{{ .job }}{{ end }}", "{{ with $x := 3 }}{{ $x }}{{ . }}{{ end }}",
    "{{ with 0 }}x{{ else }}{{ . }}{{ end }}", "{{ with query \"up\" }}{{ len . }}{{ end }}",
    "{{ range $i, $v := $labels }}{{ $i }}={{ $v }},{{ end }}", "{{ range $labels }}{{ . }},{{ end }}",
    "{{ range $v := $labels }}{{ $v }},{{ end }}", "{{ range $k, $v := $externalLabels }}{{ $k }}:{{ $v }};{{ end }}",
    "{{ range sortByLabel \"job\" (query \"hosts\") }}{{ .Labels.job }}={{ .Value }};{{ end }}",
    "{{ range $i, $s := sortByLabel \"instance\" (query \"hosts\") }}{{ $i }}:{{ $s.Labels.instance }} {{ end }}",
    "{{ range $i, $v := query \"up\" }}{{ $i }}={{ $v.Value }},{{ break }}{{ end }}",
    "{{ range $i, $v := query \"hosts\" }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ $i }},{{ end }}",
    "{{ range $i, $v := query \"hosts\" }}{{ if eq $i 1 }}{{ break }}{{ end }}{{ $i }},{{ end }}",
    "{{ range query \"up\" }}{{ range $k, $v := .Labels }}{{ $k }};{{ break }}{{ end }}|{{ end }}",
    "{{ range (args) }}x{{ else }}empty{{ end }}", "{{ range query \"nothing\" }}x{{ else }}none{{ end }}",
    "{{ range $k, $v := args 1 \"a\" 2.5 nil true }}{{ $k }}={{ $v }};{{ end }}",
    "{{ range $k, $v := args 1 2 3 4 5 6 7 8 9 10 11 }}{{ $k }}{{ end }}",
    "{{ range args 1 \"a\" }}{{ printf \"%T \" . }}{{ end }}", "{{ range $x := query \"up\" }}{{ end }}{{ $x }}",
    "{{ $n := 0 }}{{ range query \"up\" }}{{ $n = .Value }}{{ end }}{{ $n }}",
    "{{ range $i, $e := slice (sortByLabel \"job\" (query \"hosts\")) 1 2 }}{{ $i }}{{ $e.Labels.job }}{{ end }}",
    "{{ range $i, $e := query \"hosts\" }}{{ $e := 5 }}{{ $e }}{{ end }}",
    "{{ define \"x\" }}X{{ .job }}{{ end }}{{ template \"x\" .Labels }}{{ block \"b\" 5 }}B{{ . }}{{ end }}",
    "{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" }}", "{{ define \"x\" }}[{{ .Labels }}]{{ end }}{{ template \"x\" }}",
    "{{ define \"x\" }}[{{ $ }}]{{ end }}{{ template \"x\" 42 }}", "{{ define \"x\" }}{{ .Foo }}{{ end }}{{ template \"x\" . }}",
    "{{ define \"x\" }}{{ $labels }}{{ end }}", "{{ template \"x\" }}{{ define \"x\" }}late{{ end }}",
    "{{ define \"a\" }}A{{ template \"b\" . }}{{ end }}{{ define \"b\" }}B{{ .Value }}{{ end }}{{ template \"a\" . }}",
    "{{ block \"b\" .Labels.job }}<{{ . }}>{{ end }}", "{{ define `raw` }}R{{ end }}{{ template `raw` }}",
    "{{ define \"x\" }}{{ range . }}{{ . }}{{ end }}{{ end }}{{ template \"x\" .Labels }}",
    "{{ template \"x\" $value }}{{ define \"x\" }}{{ printf \"%.2f\" . }}{{ end }}",
    "{{ define \"__alert_T0\" }}replaced{{ end }}", "{{ $x := 1 }}{{ template \"y\" }}{{ define \"y\" }}{{ 2 }}{{ end }}")

# --- builtins ---------------------------------------------------------------------------
api("{{ not 0 }}{{ not 1 }}{{ not \"\" }}{{ not $labels }}{{ not (args) }}{{ not nil }}{{ not . }}",
    "{{ and 1 0 2 }}|{{ and 1 2 }}|{{ or 0 \"\" 3 }}|{{ or 0 \"\" }}", "{{ and }}", "{{ or }}", "{{ or 1 .Foo }}",
    "{{ and 0 .Foo }}", "{{ and 1 .Foo }}", "{{ 0 | and 1 }}", "{{ 1 | and 0 }}", "{{ 0 | or }}", "{{ not }}",
    "{{ not 1 2 }}", "{{ and (args).x 1 }}", "{{ or (args).x }}", "{{ or nil 1 }}", "{{ and nil 1 }}",
    "{{ len \"héllo\" }}|{{ len $labels }}|{{ len (query \"up\") }}|{{ len (args 1 2) }}", "{{ len 1 }}",
    "{{ len nil }}", "{{ len (args).x }}", "{{ len . }}", "{{ len $value }}", "{{ len (first (query \"up\")) }}",
    "{{ len }}", "{{ len 1 2 }}", "{{ len (safeHtml \"abc\") }}", "{{ len (toTime 1) }}", "{{ (args).x | len }}",
    "{{ index \"abc\" 1 }}", "{{ index \"abc\" 3 }}", "{{ index \"abc\" -1 }}", "{{ index \"abc\" 4 }}",
    "{{ index (query \"up\") 3 }}", "{{ index (query \"up\") 1 }}", "{{ (index (sortByLabel \"job\" (query \"hosts\")) 2).Labels.job }}",
    "{{ index $labels \"job\" }}", "{{ index $labels \"nope\" }}", "{{ index $labels 1 }}", "{{ index $labels nil }}",
    "{{ index . \"x\" }}", "{{ index 1 }}", "{{ index 1 1 }}", "{{ index nil 1 }}", "{{ index (args).x 1 }}",
    "{{ index \"abc\" \"x\" }}", "{{ index \"abc\" nil }}", "{{ index \"abc\" 1.0 }}", "{{ index \"abc\" (index \"a\" 0) }}",
    "{{ index \"abc\" 1 0 }}", "{{ index (query \"up\") 0 \"x\" }}", "{{ index (args \"v\") \"arg0\" }}",
    "{{ index (args \"v\") \"nope\" }}", "{{ index $labels (safeHtml \"job\") }}", "{{ index }}",
    "{{ index $labels }}", "{{ index (toTime 1) 0 }}", "{{ index (args $labels) \"arg0\" \"job\" }}",
    "{{ slice \"abcdef\" 1 3 }}", "{{ slice \"abc\" }}", "{{ slice \"abc\" 2 1 }}", "{{ slice \"abc\" 1 2 3 }}",
    "{{ slice 1 }}", "{{ slice \"abc\" 4 }}", "{{ slice \"abc\" 3 }}", "{{ slice \"abc\" 1 2 3 4 }}",
    "{{ slice nil }}", "{{ slice (query \"up\") 1 }}", "{{ len (slice (query \"hosts\") 1) }}",
    "{{ len (slice (slice (query \"hosts\") 0 1) 0 3) }}", "{{ range slice (slice (sortByLabel \"job\" (query \"hosts\")) 0 1) 0 3 }}{{ .Labels.job }}{{ end }}", "{{ len (slice (query \"hosts\") 0 1 2) }}", "{{ slice (slice (query \"hosts\") 0 1 2) 0 3 }}",
    "{{ slice (query \"hosts\") 0 2 1 }}", "{{ len (query \"hosts\") }}", "{{ range sortByLabel \"nope\" (sortByLabel \"job\" (query \"hosts\")) }}{{ .Labels.job }};{{ end }}", "{{ slice (query \"up\") 4 }}", "{{ slice \"héllo\" 1 2 | len }}",
    "{{ slice (safeHtml \"abc\") 1 | printf \"%T\" }}", "{{ slice $labels 0 }}", "{{ slice \"abc\" \"a\" }}",
    "{{ slice \"abc\" -1 }}", "{{ slice (args).x }}",
    "{{ print 1 2 \"a\" \"b\" 3 nil 4.5 true false }}|{{ println 1 \"a\" 2 }}|{{ print }}|{{ print \"a\" 1 \"b\" }}",
    "{{ print 1 2.5 (1i) }}", "{{ print $labels . }}", "{{ print (first (query \"up\")) }}", "{{ print (safeHtml \"a\") 1 }}",
    "{{ println }}", "{{ print (args).x }}", "{{ print (toTime 1) }}", "{{ print (index \"a\" 0) 1 }}",
    "{{ html \"<a href='x'>&\\\"</a>\" }}", "{{ html 1 \"a\" 2 }}", "{{ html nil }}", "{{ html }}", "{{ html (args).x }}",
    "{{ html (first (query \"up\")) }}", "{{ html \"\\x00\" }}", "{{ html (safeHtml \"<\") }}", "{{ html . }}",
    "{{ js \"<a href='x'>&\\\"=\\\\</a>\\t\\u00e9\\u2028\\x7f\\x01\" }}", "{{ js 1 2 }}", "{{ js \"\\U0001F600\\u200b\" }}",
    "{{ urlquery \"a b&c=d/é~_.-\" }}", "{{ urlquery 1 \"x y\" }}", "{{ urlquery }}", "{{ \"a b\" | urlquery }}",
    "{{ call 1 }}", "{{ call .Labels }}", "{{ call nil }}", "{{ call }}", "{{ call (args).x }}",
    "{{ eq \"a\" \"b\" \"a\" }}|{{ eq 1 2 }}|{{ ne 1 2 }}|{{ eq (index \"a\" 0) 97 }}|{{ lt (index \"a\" 0) 98 }}",
    "{{ lt \"a\" \"b\" }}|{{ lt 1.5 2.5 }}|{{ le 2 2 }}|{{ gt 3 2 }}|{{ ge 1 2 }}|{{ eq true true }}|{{ eq 1i 1i }}",
    "{{ eq 1 1.0 }}", "{{ lt 1 2 3 }}", "{{ eq 1 }}", "{{ eq }}", "{{ ne 1 }}", "{{ eq $labels }}", "{{ eq (args) $labels }}",
    "{{ eq (first (query \"up\")) $labels }}", "{{ eq $labels (first (query \"up\")) }}", "{{ eq . . }}",
    "{{ eq (query \"up\") (query \"up\") }}", "{{ eq 1 $labels }}", "{{ eq $labels 1 }}", "{{ lt true false }}",
    "{{ lt 1i 2i }}", "{{ lt nil 1 }}", "{{ lt 1 nil }}", "{{ lt $labels 1 }}", "{{ eq nil nil }}|{{ eq (args).x nil }}|{{ eq (args).x 1 }}",
    "{{ ne 1 \"a\" }}", "{{ eq (first (query \"up\")) (first (query \"up\")) }}", "{{ $s := first (query \"up\") }}{{ eq $s $s }}",
    "{{ eq (toTime 1) (toTime 1) }}|{{ $t := toTime 1 }}{{ eq $t $t }}", "{{ eq (safeHtml \"a\") \"a\" }}",
    "{{ lt (safeHtml \"a\") \"b\" }}", "{{ eq \"a\" \"a\" 1 }}", "{{ eq \"a\" 1 \"a\" }}", "{{ eq 1 2 1 }}",
    "{{ eq -1 (index \"a\" 0) }}", "{{ lt -1 (index \"a\" 0) }}", "{{ gt (index \"b\" 0) 97 }}", "{{ le 1.5 1.5 }}",
    "{{ ge \"b\" \"a\" }}", "{{ gt \"a\" \"B\" }}", "{{ lt \"é\" \"z\" }}", "{{ le true true }}", "{{ ge 1 \"a\" }}",
    "{{ eq $value 1.0 }}", "{{ eq $value 1 }}", "{{ eq .Labels.job \"api\" }}", "{{ ne .Labels.job \"api\" }}",
    "{{ eq (toTime 1).Year 1970 }}", "{{ eq (args 1).arg0 1 }}", "{{ lt (args 1).arg0 2 }}", "{{ eq (args $labels).arg0 1 }}")

# --- printf and fmt ---------------------------------------------------------------------
api("{{ printf \"%v|%s|%d|%5.2f|%-8s|%08.3f|%x|%X|%q|%t|%e|%E|%g|%G|%%|%c|%U|%#U|%o|%O|%b\" 1.5 \"str\" 42 3.14159 \"ab\" -3.14159 255 \"hi\" \"q\" true 123456.789 0.000123 1e21 1e-7 65 65 233 8 8 5 }}",
    "{{ printf \"%d\" \"x\" }}|{{ printf \"%s\" 1 }}|{{ printf \"%d\" }}|{{ printf \"%d %d\" 1 }}|{{ printf \"%d\" 1 2 \"a\" nil }}",
    "{{ printf \"%!\" }}|{{ printf \"%\" }}|{{ printf \"%z\" 1 }}|{{ printf \"%[2]d %[1]d\" 1 2 }}|{{ printf \"%[3]d\" 1 }}",
    "{{ printf \"%*d\" 5 1 }}|{{ printf \"%-*d|\" 5 1 }}|{{ printf \"%.*f\" 2 3.14159 }}|{{ printf \"%*d\" \"a\" 1 }}",
    "{{ printf \"%v %+v %#v\" . . . }}", "{{ printf \"%v %+v %#v\" $labels $labels $labels }}",
    "{{ printf \"%#v %#v %#v %#v %#v %#v\" 1.0 1e21 1e20 \"s\" 1 true }}", "{{ printf \"%#v|%#v\" (args 1 \"a\" nil) (safeHtml \"x\") }}",
    "{{ printf \"%d\" $labels }}", "{{ printf \"%s\" (query \"up\" | first) }}", "{{ printf \"%x|% x|%#x|% #x|%X\" \"hello\" \"hello\" \"hello\" \"hi\" \"héllo\" }}",
    "{{ printf \"%5s|%-5s|%05s|%.2s|%5.1s|%q|%+q|%#q|%#q\" \"é\" \"é\" \"ab\" \"héllo\" \"héllo\" \"é\\x01\" \"é\" \"a`b\" \"ab\" }}",
    "{{ printf \"%+d|% d|%+.3d|%08d|%-08d|%x|%#o|%#b|%.0d|%5.0d|%q|%+q|%c\" 5 5 5 -5 -5 -255 8 5 0 0 233 233 -1 }}",
    "{{ printf \"%f|%.0f|%.1f|%.1f|%e|%.3e|%g|%.3g|%#g|%#.3g|%+f|% f|%08.2f|%-8.2f|%+08.2f\" 1.0 2.5 0.25 0.35 0.0 123456 100000.0 1234567.0 1.0 1.0 1.5 1.5 -1.5 1.5 1.5 }}",
    "{{ printf \"%v %v %v %v %v %v %v %v\" 1e6 1e5 123456.0 1234567.0 0.0001 0.00001 1e20 1e21 }}",
    "{{ printf \"%x %X %b %.2x %#x %.0x %x\" 1.5 -1.0 1.0 3.14159 1.0 1.5 0.0 }}",
    "{{ printf \"%v %d %x %.1f %+.2e\" 1i 1i 1i (1+2.5i) 1i }}", "{{ printf \"%s|%v|%d|%q|%x\" (toTime 1) (toTime 1) (toTime 1) (toTime 1) (toTime 0) }}",
    "{{ printf \"%T\" nil }}|{{ printf \"%v\" nil }}|{{ printf \"%d\" nil }}|{{ printf \"%s\" (args).x }}",
    "{{ printf \"%999999d|\" 1 | len }}|{{ printf \"%9999999d|\" 1 | len }}|{{ printf \"%.999999f\" 1.0 | len }}",
    "{{ printf \"%99999999d|\" 1 }}", "{{ printf \"%.99999999f|\" 1.0 }}", "{{ printf \"%*d|\" 10000000 1 | len }}",
    "{{ printf \"%*d|\" 1000001 1 | len }}", "{{ printf \"%.*d|\" -1 5 }}", "{{ printf \"%*d|\" -3 5 }}",
    "{{ printf \"%6.2v|%.3v|%.3v|%10v|%-10v|\" 3.14159 \"abcdef\" 1234.5678 $labels.job true }}",
    "{{ printf \"%5%|%-5%|%05%\" }}|{{ printf \"%.3q|%10q|%x|%X|% X|%#X\" \"abcdef\" \"a\" -1 \"\" \"ab\" \"ab\" }}",
    "{{ printf \"%5t|%-6t|%05t\" true false true }}", "{{ printf \"%t\" 1 }}", "{{ printf \"%d\" true }}",
    "{{ printf \"%s\" true }}", "{{ printf \"%e\" 1 }}", "{{ printf \"%c\" \"a\" }}", "{{ printf \"%5d\" \"x\" }}",
    "{{ printf \"%-5d|\" 1.5 }}", "{{ printf \"%p\" 1 }}", "{{ printf \"%T\" $value }}", "{{ printf \"%T %T\" 1 \"a\" }}",
    "{{ printf \"%[1]d %[1]x %[1]o\" 64 }}", "{{ printf \"%[2]*[1]d|\" 5 3 }}", "{{ printf \"%[0]d\" 1 }}", "{{ printf \"%[x]d\" 1 }}",
    "{{ printf \"%[1\" 1 }}", "{{ printf \"%[2]d\" 1 }}", "{{ printf \"%[1]d %d\" 1 2 }}", "{{ printf \"%[2]d %d\" 1 2 3 }}",
    "{{ printf \"%.[2]d\" 1 2 }}", "{{ printf \"%[1]5d\" 1 }}", "{{ printf \"%[1].2f\" 1.0 }}", "{{ printf \"%-+ #0d\" 5 }}",
    "{{ printf \"%.3d|%.3x|%08.3d|%+.0d|% .0d\" 7 255 7 0 0 }}", "{{ printf \"%#x|%#X|%#o|%#O|%O\" 255 255 8 8 -8 }}",
    "{{ printf \"%U|%#U|%.6U|%#U|%U\" 0x1F600 0x1F600 65 10 -1 }}", "{{ printf \"%c|%c|%c|%q|%q\" 0x1F600 0xD800 0x110000 10 0x7f }}",
    "{{ printf \"%x|%X|%o|%b|%d\" (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) }}",
    "{{ printf \"%v|%#v|%c|%q|%U\" (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) (index \"a\" 0) }}",
    "{{ printf \"%s\" (index \"a\" 0) }}", "{{ printf \"%.2f|%.2f|%.2f|%.2f|%.3f\" 0.125 0.375 2.675 1.005 1.0005 }}",
    "{{ printf \"%.0f|%.0f|%.0f|%.0f|%.0f\" 0.5 1.5 2.5 3.5 -0.5 }}", "{{ printf \"%.1e|%.0e|%.0e|%.2e\" 0.25 2.5 3.5 1e-300 }}",
    "{{ printf \"%g|%g|%g|%g|%g|%g\" 0.1 1e-5 123456789.0 1e100 5e-324 1.7976931348623157e308 }}",
    "{{ printf \"%.20f|%.30e\" 0.1 0.1 }}", "{{ printf \"%.3g|%.10g|%.1g|%.0g|%g\" 100.0 123.0 0.05 5.0 0.0 }}",
    "{{ printf \"%G|%E|%.2G\" 1e-10 1e10 1234.0 }}", "{{ printf \"%F|%.1F\" 1.5 2.25 }}", "{{ printf \"%#.0f|%#.0e|%#g|%#g|%#.4g\" 1.0 1.0 100000.0 1e6 0.0001 }}",
    "{{ printf \"%#g|%#v|%#.3x\" 123.456 1.5 1.0 }}", "{{ printf \"%+.1f|% .1f|%+g|% e\" 0.0 -0.0 0.0 1.0 }}",
    "{{ printf \"%v|%+v|% v|%f|%e|%g\" (index \"a\" 0 | printf \"%d\" | len) -0.0 -0.0 -0.0 -0.0 -0.0 }}",
    "{{ printf \"%10.3f|%-10.3f|%010.3f|%+010.3f|% 010.3f\" 3.14159 3.14159 -3.14159 3.14159 3.14159 }}",
    "{{ printf \"%6.2f%%\" 99.5 }}", "{{ printf \"%s is %d%%\" \"cpu\" 95 }}", "{{ printf \"%v\" (args 1 2) }}",
    "{{ printf \"%v|%s|%d\" (query \"sum(up)\") (query \"nothing\") (query \"nothing\") }}", "{{ printf \"%#v\" (query \"nothing\") }}",
    "{{ printf \"%v\" (first (query \"sum(up)\")) }}", "{{ printf \"%+v\" (first (query \"sum(up)\")) }}",
    "{{ printf \"%#v\" (first (query \"sum(up)\")) }}", "{{ printf \"%x\" (first (query \"sum(up)\")) }}",
    "{{ printf \"%T|%v\" (toTime 1).Month (toTime 1).Month }}", "{{ printf \"%d|%s|%q\" (toTime 1).Month (toTime 86400).Weekday (toTime 1).Month }}",
    "{{ printf \"%v %v\" (args nil).arg0 (args).nope }}", "{{ printf \"%d %s\" (args 1).arg0 (args \"a\").arg0 }}",
    "{{ printf \"%v|%+v|%#v\" (args $labels) (args 1.5) (args \"x\") }}", "{{ printf 1 }}", "{{ printf nil }}",
    "{{ printf (safeHtml \"%d\") 1 }}", "{{ printf }}", "{{ printf \"%s\" }}", "{{ \"x\" | printf \"%s-%s\" \"y\" }}",
    "{{ printf \"%s\" | printf \"%s\" }}", "{{ printf \"%v\" \"\\x00\\x7f\" | printf \"%q\" }}",
    "{{ printf \"%s %v\" $value $labels.job }}", "{{ printf \"%.2f\" $value }}", "{{ printf \"%.2f\" .Labels.job }}",
    "{{ printf \"%5.1f|%-7.3e|%8.2g\" 1234.5678 1234.5678 1234.5678 }}", "{{ printf \"%08.3e|%+.3g|%#8.3g\" -1234.5 0.000012345 1.0 }}",
    "{{ printf \"%.3s|%.10s|%.0s|\" \"abcdef\" \"ab\" \"abc\" }}", "{{ printf \"%x|%.1x|% x\" \"\" \"abc\" \"\" }}",
    "{{ printf \"%q|%+q|%#q|%#+q\" \"a\\tb\" \"\\u263a\" \"\\u263a\" \"\\u263a\" }}", "{{ printf \"%#q\" \"a\\nb\" }}",
    "{{ printf \"%v %v\" true false }}|{{ printf \"%q\" true }}", "{{ printf \"%6.3v\" \"héllo\" }}", "{{ printf \"%x\" 1i }}")

# --- Prometheus functions ----------------------------------------------------------------
api("{{ query \"up\" | len }}", "{{ range query \"up\" }}{{ .Labels }} {{ .Value }};{{ end }}",
    "{{ query \"sum(up)\" | first | value }}", "{{ (query \"sum(up)\" | first).Labels }}",
    "{{ range sortByLabel \"instance\" (query \"node_memory_bytes\") }}{{ .Labels.instance }}={{ humanize1024 .Value }} {{ end }}",
    "{{ with query \"temp\" }}{{ . | first | strvalue }}|{{ index . 1 | strvalue }}{{ end }}",
    "{{ query \"1\" | first | value }}", "{{ query \"vector(1.5)\" | first | value }}",
    "{{ range query \"disk_usage\" }}{{ .Labels.team }}{{ end }}", "{{ query \"foo(\" }}", "{{ query \"\\\"a\\\"\" }}",
    "{{ query \"up[5m]\" }}", "{{ query 1 }}", "{{ query }}", "{{ query \"up\" \"x\" }}", "{{ query nil }}",
    "{{ first (query \"up\") }}", "{{ (first (query \"up\")).Labels.job }}", "{{ ((query \"up\") | first).Value }}",
    "{{ (query \"up\").Foo }}", "{{ (first (query \"up\")).Foo }}", "{{ (first (query \"up\")).Labels.job 1 }}",
    "{{ first (query \"nothing\") }}", "{{ first 1 }}", "{{ first nil }}", "{{ first \"x\" }}", "{{ first $labels }}",
    "{{ first }}", "{{ label \"job\" (first (query \"up\")) }}|{{ label \"nope\" (first (query \"up\")) }}",
    "{{ value (first (query \"up\")) }}|{{ strvalue (first (query \"up\")) }}", "{{ label \"x\" nil }}",
    "{{ value nil }}", "{{ strvalue nil }}", "{{ value \"x\" }}", "{{ label 1 (first (query \"up\")) }}",
    "{{ first (query \"up\") | label \"job\" }}", "{{ label \"job\" }}", "{{ value (query \"up\") }}",
    "{{ range sortByLabel \"instance\" (query \"hosts\") }}{{ .Labels.instance }};{{ end }}",
    "{{ range sortByLabel \"instance\" (query \"hosts\") }}{{ .Value }};{{ end }}",
    "{{ range query \"hosts\" | sortByLabel \"job\" }}{{ .Labels.job }};{{ end }}",
    "{{ $r := query \"hosts\" }}{{ $s := sortByLabel \"instance\" $r }}{{ range $r }}{{ .Labels.job }};{{ end }}",
    "{{ sortByLabel \"x\" nil | len }}", "{{ sortByLabel \"x\" 1 }}", "{{ range sortByLabel \"instance\" (slice (sortByLabel \"job\" (query \"hosts\")) 1) }}{{ .Labels.job }};{{ end }}",
    "{{ args }}", "{{ args 1 \"a\" 2.5 nil true }}", "{{ (args 1 \"a\").arg1 }}", "{{ (args 1).arg5 }}",
    "{{ (args 1).arg0.x }}", "{{ (args nil).arg0.x }}", "{{ (args $labels).arg0.job }}", "{{ (args).x.y }}",
    "{{ (args 1).arg0 | printf \"%T\" }}", "{{ printf \"%T\" (args 1).arg0 }}", "{{ (args 1) 1 }}",
    "{{ (args (first (query \"up\"))).arg0.Value }}", "{{ toUpper (args \"a\").arg0 }}", "{{ toUpper (args 1).arg0 }}",
    "{{ toUpper (args).x }}", "{{ humanize (args 1234).arg0 }}", "{{ $a := args 1 }}{{ $a.arg0 }}",
    "{{ match \"a+\" \"caab\" }}|{{ match \"^a+$\" \"caab\" }}", "{{ match \"(\" \"x\" }}", "{{ match \"\\\\d\" \"1\" }}",
    "{{ match \"(?i)JOB\" .Labels.job }}", "{{ match `^api$` $labels.job }}", "{{ if match \"^web\" $labels.instance }}web{{ end }}",
    "{{ match \"a\" }}", "{{ match 1 \"a\" }}", "{{ match \"[\" \"a\" }}", "{{ match \"a{1001}\" \"a\" }}", "{{ match \"\\\\p{Greek}\" \"λ\" }}",
    "{{ reReplaceAll \"a(x*)b\" \"${1}W\" \"-ab-axxb-\" }}", "{{ reReplaceAll \"a*\" \"-\" \"baaac\" }}",
    "{{ reReplaceAll \"^a\" \"b\" \"aaa\" }}", "{{ reReplaceAll \"\\\\b\" \"|\" \"ab cd\" }}", "{{ reReplaceAll \"(?m)^\" \"> \" \"a\\nb\" }}",
    "{{ reReplaceAll \"\" \"-\" \"héllo\" }}", "{{ reReplaceAll \"x*\" \"-\" \"abc\" }}", "{{ reReplaceAll \"(\" \"\" \"a\" }}",
    "{{ reReplaceAll \"(\\\\w+):(\\\\d+)\" \"$2:$1\" \"host:80 db:5432\" }}", "{{ reReplaceAll \"(?P<h>[^:]+):.*\" \"${h}\" $labels.instance }}",
    "{{ reReplaceAll \"(.*):.*\" \"$1\" $labels.instance }}", "{{ reReplaceAll \"\\\\.\" \"_\" $labels.instance }}",
    "{{ reReplaceAll \"$\" \"!\" \"ab\" }}", "{{ reReplaceAll \"a|\" \"-\" \"bab\" }}", "{{ reReplaceAll \"é\" \"e\" \"éxé\" }}",
    "{{ reReplaceAll \"b*\" \"X\" \"abba\" }}", "{{ reReplaceAll \"\\\\B\" \"-\" \"abc de\" }}", "{{ reReplaceAll \"$1\" \"x\" \"a$1\" }}",
    "{{ reReplaceAll \"(a)\" \"$1x$$\" \"aa\" }}", "{{ reReplaceAll \"(a)\" \"${2}|$0|${x\" \"a\" }}", "{{ reReplaceAll \"`\" \"'\" \"a`b\" }}",
    "{{ reReplaceAll \"(`\" \"\" \"a\" }}", "{{ reReplaceAll \"\\n(\" \"\" \"a\" }}", "{{ reReplaceAll \"a\" \"b\" }}",
    "{{ title \"hello wORLD foo_bar 1st élan x-y\" }}", "{{ toUpper \"ßéxǆ\" }}|{{ toLower \"ÉXǅİ\" }}|{{ title \"ǆa\" }}",
    "{{ title \"\" }}|{{ title \"a.b,c;d\" }}|{{ title \"über ñandú\" }}|{{ title \"3am\" }}", "{{ toUpper \"ﬀ ŉ ǰ ΐ\" }}",
    "{{ toLower \"ΑΣ\" }}|{{ toUpper \"ᾳ\" }}|{{ title \"ᾳa\" }}", "{{ .Labels.job | toUpper }}", "{{ toUpper 1 }}",
    "{{ toLower }}", "{{ toUpper (safeHtml \"x\") }}", "{{ title $labels.instance }}",
    "{{ stripPort \"host:80\" }}|{{ stripPort \"host\" }}|{{ stripPort \"[::1]:80\" }}|{{ stripPort \"::1\" }}|{{ stripPort \":80\" }}|{{ stripPort \"host:\" }}|{{ stripPort \"[::1]\" }}|{{ stripPort \"a:b:c\" }}|{{ stripPort \"[a]b:80\" }}|{{ stripPort \"a]:80\" }}|{{ stripPort \"[a:80\" }}",
    "{{ stripPort $labels.instance }}|{{ stripPort \"[a]:b]\" }}|{{ stripPort \"[a[:80\" }}|{{ stripPort \"\" }}|{{ stripPort \":\" }}|{{ stripPort \"[]:1\" }}",
    "{{ stripDomain \"foo.bar.com:80\" }}|{{ stripDomain \"foo.bar.com\" }}|{{ stripDomain \"10.0.0.1:80\" }}|{{ stripDomain \"10.0.0.1\" }}|{{ stripDomain \"[::1]:80\" }}|{{ stripDomain \"::1\" }}",
    "{{ stripDomain \"[fe80::1.example]:80\" }}|{{ stripDomain \":80\" }}|{{ stripDomain \"a.b:\" }}|{{ stripDomain \"010.0.0.1\" }}|{{ stripDomain \"1.2.3.4.5\" }}|{{ stripDomain \"::ffff:1.2.3.4\" }}",
    "{{ stripDomain $labels.instance }}|{{ stripDomain \"\" }}|{{ stripDomain \".x\" }}|{{ stripDomain \"256.1.1.1\" }}|{{ stripDomain \"[1:2:3:4:5:6:7:8]:9\" }}|{{ stripDomain \"1::2::3\" }}|{{ stripDomain \"[::ffff:10.0.0.1]:80\" }}|{{ stripDomain \"a.b.c:d:e\" }}",
    "{{ graphLink \"rate(x{a=\\\"b c\\\"}[5m]) > 1\" }}|{{ tableLink \"up\" }}", "{{ graphLink \"é/&?=#+%\" }}", "{{ graphLink 1 }}",
    "{{ safeHtml \"<b>\" }}|{{ printf \"%T\" (safeHtml \"x\") }}", "{{ safeHtml 1 }}", "{{ safeHtml \"a\" | html }}",
    "{{ pathPrefix }}", "{{ externalURL }}", "{{ print externalURL }}", "{{ pathPrefix 1 }}",
    "{{ parseDuration \"1h30m\" }}|{{ parseDuration \"0\" }}|{{ parseDuration \"1d\" }}|{{ parseDuration \"1y2w\" }}|{{ parseDuration \"500ms\" }}",
    "{{ parseDuration \"\" }}", "{{ parseDuration \"1.5h\" }}", "{{ parseDuration \"300y\" }}", "{{ parseDuration \"1m1h\" }}",
    "{{ parseDuration \"292y\" }}", "{{ parseDuration \"106751d\" }}", "{{ parseDuration \"106752d\" }}", "{{ parseDuration \"1s500ms\" }}",
    "{{ parseDuration \"5m\" | printf \"%T\" }}", "{{ parseDuration \"-1s\" }}", "{{ parseDuration \"1h 2m\" }}", "{{ parseDuration \"99999999999999999999s\" }}",
    "{{ parseDuration \"1ms1s\" }}", "{{ parseDuration \"00\" }}", "{{ parseDuration \"1w1w\" }}", "{{ parseDuration 5 }}", "{{ parseDuration \"5msx\" }}")

for fn in ["humanize", "humanize1024", "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "toTime"]:
    vals = ["0", "1", "-1", "0.5", "1234567", "0.001234", "1e30", "-1e-30", "\"NaN\"", "\"+Inf\"", "\"-Inf\"", "\"12.5\"",
            "\"abc\"", "\"1e400\"", "true", "nil", "1i", "(index \"a\" 0)", "$labels", ".", "(safeHtml \"1\")",
            "(first (query \"up\"))", "(query \"up\")", "(toTime 1)", "(args 5).arg0", "(args).x", "$value", "1000", "999.5",
            "1023.9", "1024", "86400", "90061.5", "59.99", "60", "3600", "0.000001234", "1e-10", "-3661", "1700000000", "-1.5",
            "1.0019", "9223372036.854775807", "1e10", "\"1_000\"", "\"0x10\"", "\"0x1p4\"", "\"inf\"", "\"-Infinity\"", "\" 1\"",
            "\"+nan\"", "\"nan\"", "\"1.\"", "\".5\"", "\"5e\"", "\"1e-400\"", "\"0x_1p0\"", "\"1__0\"", "\"_1\"", "\"+.5e+2\""]
    for v in vals:
        api("{{ %s %s }}" % (fn, v))
api("{{ humanize }}", "{{ humanize 1 2 }}", "{{ 1234 | humanize }}", "{{ $value | humanizePercentage }}",
    "{{ humanizeDuration 1e19 }}", "{{ humanizeDuration -1e30 }}", "{{ humanize 999999 }}", "{{ humanize 999.99 }}",
    "{{ humanize1024 1e30 }}", "{{ humanize -0.0 }}", "{{ humanizeDuration 0.5e-3 }}", "{{ humanizeTimestamp -9223372036.854775808 }}",
    "{{ humanizeTimestamp -1e10 }}", "{{ humanizeTimestamp 253402300800 }}", "{{ humanizeTimestamp 1.5 }}", "{{ humanizeTimestamp 0.0005 }}",
    "{{ humanizeTimestamp -0.0005 }}", "{{ humanizeTimestamp 951782400 }}", "{{ humanizeTimestamp 4102444800 }}",
    "{{ (toTime 1700000000.5).Year }}|{{ (toTime 1700000000.5).Month }}|{{ (toTime 1700000000.5).Day }}|{{ (toTime 1700000000.5).Hour }}|{{ (toTime 1700000000.5).Minute }}|{{ (toTime 1700000000.5).Second }}|{{ (toTime 1700000000.5).Nanosecond }}",
    "{{ (toTime 1700000000.5).Unix }}|{{ (toTime 1700000000.5).UnixMilli }}|{{ (toTime 1700000000.5).Weekday }}|{{ (toTime 1700000000.5).YearDay }}|{{ (toTime 1700000000.5).UTC }}|{{ (toTime 0).IsZero }}",
    "{{ (toTime 1700000000.5).Format \"2006-01-02T15:04:05.000Z07:00\" }}", "{{ (toTime 1700000000.5).Format \"Mon Jan _2 3:4:5 PM MST 06 .999 -0700\" }}",
    "{{ (toTime 1700000000).Format \"January 2, 2006 15:04 Monday pm\" }}", "{{ (toTime 1).Format }}", "{{ (toTime 1).Format 1 }}",
    "{{ (toTime 1).Foo }}", "{{ (toTime 1).wall }}", "{{ toTime 1 | printf \"%T\" }}", "{{ (toTime 1).Unix | printf \"%T\" }}",
    "{{ (toTime -86400.25) }}", "{{ (toTime 1).Year 1 }}", "{{ with toTime 0 }}{{ .Year }}{{ end }}")

# --- more lexing, Unicode, whitespace and positions --------------------------------------
api("{{ .Labels.é }}", "{{ $é := 1 }}{{ $é }}", "{{ é }}", "{{ € }}", "{{ \x01 }}", "{{ \u00a0 }}", "{{ a\u00a0 }}",
    "{{ .Labels.job\t}}", "{{\t.Labels.job\n}}", "{{\n.Labels.job\n}}", "{{ .Labels.job\r\n}}", "{{-/* c */-}}",
    "{{-/* c */ -}}x", "{{- /* c */-}}x", "{{ /* c */ -}}", "a {{- /* c\n*/ -}} b", "{{ 1 }}{{/* */}}{{ 2 }}",
    "{{ .Labels.job | printf \"%s\" | toUpper | title }}", "{{ \"x\" | printf \"%s%s\" \"y\" | len }}",
    "{{ (printf \"%s\" \"a\") | len }}", "{{ ( printf \"%s\" \"a\" ) }}", "{{ (.Labels).job | toUpper }}",
    "{{ ($x := 1) }}", "{{ ($x := 1) }}{{ $x }}", "{{ (1 | printf \"%d\") }}", "{{ ((1)) }}", "{{ (((\"a\"))) }}",
    "{{ ( ) }}", "{{ (| 1) }}", "{{ (1 |) }}", "{{ ($) }}", "{{ $.Labels }}", "{{ $.Foo }}", "{{ $ | len }}",
    "{{ .Labels.job}}{{.Labels.job }}{{.Labels.job}}", "{{.}}", "{{..}}", "{{ .. }}", "{{ . . . }}", "{{ .Value|printf \"%v\"}}",
    "{{ .Labels.job|len }}", "{{ len(.Labels) }}", "{{ len (.Labels) }}", "{{ len.Labels }}", "{{ .Labels.job.len }}",
    "{{ print(1) }}", "{{ print (1)(2) }}", "{{ print (1) (2) }}", "{{ print 1\"a\" }}", "{{ print \"a\"1 }}",
    "{{ print \"a\"\"b\" }}", "{{ print $labels$labels }}", "{{ print .Value.Value }}", "{{ print 1.Value }}",
    "{{ $x := 1 }}{{ print $x.y }}", "{{ $x := $labels }}{{ $x.job }}", "{{ $x := . }}{{ $x.Labels.job }}",
    "{{ $x := first (query \"up\") }}{{ $x.Labels.job }} {{ $x.Value }}", "{{ $x := 1 }}{{ $x := 2 }}{{ $x }}",
    "{{ $x := 1 }}{{ with 2 }}{{ $x = . }}{{ end }}{{ $x }}", "{{ $x := 1 }}{{ range $labels }}{{ $x = . }}{{ end }}{{ $x }}",
    "{{ $x := 1 }}{{ define \"t\" }}{{ $x }}{{ end }}", "{{ $ = 1 }}{{ $ }}", "{{ $ := 1 }}{{ $ }}",
    "{{ $x = $x }}", "{{ $x := $x }}", "{{ range $i := $labels }}{{ $i }}{{ end }}", "{{ range $i, $v := 5 }}{{ end }}",
    "{{ range $i, $v := . }}{{ end }}", "{{ range $i, $v := $labels }}{{ else }}none{{ end }}",
    "{{ range $i, $v := (args) }}x{{ else }}none {{ $i }}{{ end }}", "{{ range $i, $v := (args) }}{{ else }}{{ $v }}{{ end }}",
    "{{ range $labels }}{{ break }}{{ end }}ok", "{{ range $labels }}{{ if true }}{{ continue }}{{ end }}x{{ end }}ok",
    "{{ range $labels }}{{ with . }}{{ break }}{{ end }}x{{ end }}ok", "{{ range $labels }}{{ range $externalLabels }}{{ break }}{{ end }}y{{ end }}",
    "{{ range $labels }}{{ define \"x\" }}{{ end }}{{ end }}", "{{ define \"x\" }}{{ break }}{{ end }}",
    "{{ range $labels }}{{ template \"x\" }}{{ end }}{{ define \"x\" }}{{ break }}{{ end }}",
    "{{ range $labels }}{{ block \"x\" . }}{{ break }}{{ end }}{{ end }}", "{{ range $labels }}{{ break }}{{ else }}{{ break }}{{ end }}",
    "{{ if 1 }}a{{ else }}b{{ else if 1 }}c{{ end }}", "{{ if 1 }}a{{ else if }}b{{ end }}", "{{ if 1 }}a{{ else if 1 }}b{{ else }}c{{ else }}d{{ end }}",
    "{{ with 1 }}a{{ else }}{{ . }}{{ end }}", "{{ with $x := 0 }}a{{ else }}[{{ $x }}]{{ end }}", "{{ if $x := 0 }}a{{ else }}[{{ $x }}]{{ end }}",
    "{{ if $x := 1 }}{{ else if $y := 2 }}{{ $x }}{{ $y }}{{ end }}", "{{ if 0 }}{{ else if $y := 2 }}{{ $y }}{{ end }}",
    "{{ with 0 }}{{ else }}{{ with 1 }}x{{ end }}{{ end }}", "{{if 1}}{{if 0}}a{{else}}b{{end}}{{end}}",
    "{{ template \"x\" | len }}", "{{ template \"x\" 1 | len }}{{ define \"x\" }}{{ . }}{{ end }}",
    "{{ define \"x\" }}{{ . }}{{ end }}{{ template \"x\" $labels.job | printf \"<%s>\" }}",
    "{{ define \"x\" }}{{ . }}{{ end }}{{ template \"x\" $y := 5 }}", "{{ define \"x\" }}{{ . }}{{ end }}{{ template \"x\" $y := 5 }}{{ $y }}",
    "{{ define \"x\" -}} X {{- end }}{{ template \"x\" }}", "{{ define \"x\" }}x{{ end -}}  \n  {{ template \"x\" }}",
    "{{ define \"x\" }}{{ end }}{{ define \"y\" }}{{ end }}{{ template \"x\" }}{{ template \"y\" }}ok",
    "{{ block \"x\" 1 }}{{ . }}{{ end }}{{ block \"x\" 2 }}{{ . }}{{ end }}", "{{ block \"x\" 1 }}{{ . }}{{ end }}{{ define \"x\" }}D{{ end }}",
    "{{ define \"x\" }}D{{ end }}{{ block \"x\" 1 }}{{ . }}{{ end }}", "{{ define \"x\" }}{{ template \"y\" }}{{ end }}{{ template \"x\" }}",
    "{{ define \"x\" }}\n\n{{ .Foo }}{{ end }}{{ template \"x\" . }}", "{{ define \"a b\" }}[{{ . }}]{{ end }}{{ template \"a b\" 1 }}",
    "{{ define \"\" }}E{{ end }}{{ template \"\" }}", "{{ define \"x\" }}{{ template \"x\" }}{{ end }}{{ template \"x\" }}",
    "{{ define \"x\" }}{{ if . }}{{ template \"x\" (slice . 1) }}{{ . }}{{ end }}{{ end }}{{ template \"x\" \"abc\" }}",
    "line1\nline2 {{ .Foo }}", "line1\r\nline2 {{ .Foo }}", "{{ \"a\" }}\n{{ \"b\" }}\n{{ .Foo }}", "é\nà {{ .Foo }}",
    "{{ if 1 }}\n{{ if 1 }}\n  {{ len 1 }}\n{{ end }}\n{{ end }}", "{{ define \"x\" }}\n {{ len 1 }}{{ end }}\n{{ template \"x\" }}",
    "{{ 1 }}\n{{ \"unterminated }}", "{{ 1 }}\n\n{{ )", "a\n{{ if 1 }}\nb\n", "{{/*\n\n*/}}{{ foo }}", "{{/*\n\n*/}}\n{{ foo }}",
    "{{ \"a\" |\n len }}", "{{ len\n\"abc\" }}", "{{\n\nfoo }}", "{{ 1 }}{{\n\n", "{{ `a\nb\nc` }}{{ foo }}", "{{ `a\nb\nc` | foo }}",
    "{{ print `a\nb` \n foo }}", "\n\n{{ define \"x\" }}{{ end }}{{ define \"x\" }}\n\nb{{ end }}", "{{ if 1 }}\n\n{{ end }}\n{{ else }}")

# --- strings of every kind through fmt and friends ---------------------------------------
for v in ["\"\"", "\"a\"", "\"héllo wörld\"", "\"tab\\there\"", "\"\\u2028\"", "\"\\x7f\"", "\"<&>'\\\"\"", "\"\\U0001F600\"",
          "\"a`b\"", "$labels.job", "(safeHtml \"<b>\")"]:
    api("{{ printf \"%%s|%%q|%%+q|%%#q|%%x|%%X|%% x|%%10s|%%-10s|%%.2s|%%v|%%#v|%%5.1q\" %s %s %s %s %s %s %s %s %s %s %s %s %s }}" % ((v,) * 13),
        "{{ html %s }}|{{ js %s }}|{{ urlquery %s }}|{{ len %s }}|{{ toUpper %s }}|{{ title %s }}" % ((v,) * 6))
for v in ["0", "1", "-1", "42", "255", "-255", "65", "0x1F600", "9223372036854775807", "-9223372036854775808", "'x'", "(index \"a\" 0)", "(toTime 1).Unix", "(toTime 1).Month"]:
    api("{{ printf \"%%d|%%5d|%%-5d|%%05d|%%+d|%% d|%%x|%%X|%%#x|%%o|%%#o|%%O|%%b|%%c|%%q|%%U|%%#U|%%v|%%#v|%%.3d|%%8.3d|%%t|%%s|%%e\" %s }}" % " ".join([v] * 24))
for v in ["0.0", "1.0", "-1.0", "0.5", "2.5", "1e6", "1e21", "123456.789", "0.000123", "1e-7", "-0.0", "3.14159265358979",
          "1.7976931348623157e308", "5e-324", "$value", "(parseDuration \"1h\")", "100.0", "0.1", "1e100", "123456789.0"]:
    api("{{ printf \"%%v|%%g|%%G|%%e|%%E|%%f|%%F|%%.2f|%%.0f|%%.3e|%%.3g|%%10.2f|%%-10.2f|%%010.2f|%%+.1f|%% .1f|%%#g|%%#.3g|%%#v|%%x|%%X|%%.2x|%%b|%%.3v|%%8v|%%d|%%s|%%q\" %s }}" % " ".join([v] * 28))
for v in ["\"NaN\"", "\"+Inf\"", "\"-Inf\""]:
    api("{{ $f := humanize %s | printf \"%%s\" }}{{ with toTime 0 }}{{ end }}{{ printf \"%%v|%%f|%%5.1f|%%05.1f|%%+f|%% f|%%-6f|%%e|%%g|%%x\" %s %s %s %s %s %s %s %s %s %s }}" % ((v,) * 11))
api("{{ printf \"%v|%f|%+v|%08.2f|%-8.3f|\" $value $value $value $value $value }}")
add("nan", "{{ printf \"%v|%f|%5.1f|%05.1f|%+f|% f|%-6f|%e|%g|%x|%+v|%#v\" $value $value $value $value $value $value $value $value $value $value $value $value }}")
add("inf", "{{ printf \"%v|%f|%5.1f|%05.1f|%+f|% f|%-6f|%e|%g|%x|%+v|%#v\" $value $value $value $value $value $value $value $value $value $value $value $value }}")
add("neg", "{{ printf \"%v|%f|%5.1f|%05.1f|%+f|% f|%-8f|%e|%g|%x|%+v|%#v|%d\" $value $value $value $value $value $value $value $value $value $value $value $value $value }}")
for v in ["1i", "(1+2i)", "(-1.5-0.5i)", "0i", "(1e10+1e-10i)"]:
    api("{{ printf \"%%v|%%g|%%e|%%f|%%.1f|%%8.2f|%%+v|%%#v|%%x|%%d|%%s\" %s }}" % " ".join([v] * 11))
for v in ["true", "false"]:
    api("{{ printf \"%%v|%%t|%%5t|%%-6t|%%#v|%%d|%%s|%%q\" %s }}" % " ".join([v] * 8))
api("{{ printf \"%v|%+v|%#v|%s|%d|%T\" $externalLabels $externalLabels $externalLabels $externalLabels $externalLabels $externalLabels }}",
    "{{ printf \"%v|%+v|%#v|%s|%d\" (args 1 \"a\" 1.5 true) (args 1 \"a\" 1.5 true) (args 1 \"a\" 1.5 true) (args 1 \"a\" 1.5 true) (args 1 \"a\" 1.5 true) }}",
    "{{ printf \"%v|%+v|%s|%d\" (first (query \"up\")) (first (query \"up\")) (first (query \"up\")) (first (query \"up\")) }}",
    "{{ printf \"%v|%+v|%x|%X|%q|%10v\" (toTime 1.5) (toTime 1.5) (toTime 1.5) (toTime 1.5) (toTime 1.5) (toTime 0) }}",
    "{{ printf \"%v|%s|%d|%q\" (toTime 1).Weekday (toTime 1).Weekday (toTime 1).Weekday (toTime 1).Weekday }}",
    "{{ printf \"%v|%+v|%#v\" . . . | len }}", "{{ printf \"%x\" . }}", "{{ printf \"%s\" . }}", "{{ printf \"%d\" . }}",
    "{{ printf \"%v %v\" (args) (args nil) }}", "{{ printf \"%s\" (args nil) }}", "{{ printf \"%d\" (args nil 1) }}",
    "{{ print (args nil) }}", "{{ args nil }}", "{{ (args 1 2).arg1 }}", "{{ printf \"%v\" (index (args nil) \"arg0\") }}",
    "{{ printf \"%v %v\" (args 1).nope (index (args 1) \"nope\") }}", "{{ printf \"%T %T\" (args 1).nope (index (args 1) \"nope\") }}",
    "{{ printf \"%T\" (slice \"abc\" 1) }}", "{{ printf \"%T\" (index $labels \"job\") }}", "{{ printf \"%T\" (len \"a\") }}",
    "{{ printf \"%T\" (eq 1 1) }}", "{{ printf \"%T\" (and 1 \"a\") }}", "{{ printf \"%T\" (or 0 \"a\") }}", "{{ printf \"%T\" (not 1) }}",
    "{{ printf \"%T\" (html \"a\") }}", "{{ printf \"%T\" (humanize 1) }}", "{{ printf \"%T\" (match \"a\" \"a\") }}",
    "{{ printf \"%T\" (value (first (query \"up\"))) }}", "{{ printf \"%T\" (query \"up\" | first | label \"job\") }}",
    "{{ printf \"%T\" (sortByLabel \"a\" (query \"up\")) }}", "{{ printf \"%T\" (args).x }}", "{{ printf \"%T %v\" (index (args 5) \"arg0\") (index (args 5) \"arg0\") }}")

# --- labels-from-query patterns seen in real rules ----------------------------------------
api("{{ with query \"sum(up)\" }}{{ . | first | value | humanize }}{{ end }}",
    "{{ with query \"nothing\" }}{{ . | first | value }}{{ else }}no data{{ end }}",
    "{{ range query \"node_memory_bytes\" | sortByLabel \"instance\" }}{{ .Labels.instance }}: {{ .Value | humanize1024 }}B\n{{ end }}",
    "{{ $labels.instance | reReplaceAll \":.*\" \"\" }}", "{{ reReplaceAll \"(.*)\\\\.example\\\\.com(:.*)?\" \"$1\" $labels.instance }}",
    "{{ if gt $value 0.5 }}high{{ else }}low{{ end }}", "{{ if gt .Value 0.5 }}high{{ end }}", "{{ if gt $value 1 }}x{{ end }}",
    "{{ if lt (len $labels.job) 5 }}short{{ end }}", "{{ printf \"%.2f%%\" (humanizePercentage $value) }}",
    "{{ $value | printf \"%.2f\" }}%", "{{ humanizeDuration 3600 }} ago", "Instance {{ $labels.instance }} down for {{ humanizeDuration 300 }}",
    "{{ template \"__alert_T0\" }}", "{{ tableLink \"up{job=\\\"api\\\"}\" }}", "{{ graphLink (printf \"up{instance=%q}\" $labels.instance) }}")
add("disk", "{{ $labels.path }} is {{ $value | humanizePercentage }} full", "{{ printf \"%.1f\" (mul $value 100) }}",
    "{{ if gt $value 0.8 }}critical{{ else }}warning{{ end }}", "{{ $labels.note | reReplaceAll \"<[^>]*>\" \"\" }}",
    "{{ range $k, $v := $labels }}{{ $k }}={{ $v | html }}\n{{ end }}")

# --- hostile inputs ---------------------------------------------------------------------
api("{{", "}}{{", "{{ \"", "{{ `", "{{ '", "{{/*", "{{ - }}", "{{ 0x }}", "{{ 1e999 }}",
    "{{ printf \"%\" }}", "{{ printf \"%[\" }}", "{{ printf \"%[1\" 1 }}", "{{ printf \"%.\" 1 }}", "{{ printf \"%[1]\" 1 }}",
    "{{ printf \"%-0+# 0d\" -0 }}", "{{ index \"\" 0 }}", "{{ slice \"\" 0 0 0 }}", "{{ slice \"a\" 1 0 }}",
    "{{ reReplaceAll \"(\" \"\" \"\" }}", "{{ reReplaceAll \"\" \"$\" \"ab\" }}", "{{ humanizeDuration 1e308 }}",
    "{{ humanizeTimestamp 9223372036.854775807 }}", "{{ parseDuration \"9223372036854775807ms\" }}",
    "{{ toTime -9223372036 }}", "{{ (toTime -9223372036).Format \"2006 Jan _2 .000000000\" }}",
    "{{ printf \"%c%U%q\" -1 -1 -1 }}", "{{ printf \"%x\" -9223372036854775808 }}", "{{ -9223372036854775809 }}",
    "{{ printf \"%#x|%#.3x|%#X|%#.0x|%#g|%#e|%#.0e|%#.0f|%#v\" 1.0 1.0 1.5 1.5 100000.0 1.0 1.0 1.0 1.0 }}",
    "{{ printf \"%*d\" 99999999 1 }}", "{{ printf \"%.*d\" 99999999 1 }}", "{{ printf \"%[99999999999999999999]d\" 1 }}",
    "{{ printf \"%999999999d|\" 1 }}", "{{ printf \"%.999999999f|\" 1.5 }}", "{{ printf \"%9999999d\" 1 | len }}",
    "{{ printf \"%.9999999f\" 0.1 | len }}", "{{ printf \"%#.9999999g\" 0.1 | len }}", "{{ printf \"%.9999999x\" 0.1 | len }}",
    "{{ printf \"%.1000f\" 5e-324 | len }}", "{{ printf \"%.400f\" 5e-324 }}", "{{ printf \"%.330f\" 1.7976931348623157e308 }}",
    "{{ printf \"%.60e\" 5e-324 }}", "{{ printf \"%.20g|%.17g|%.16g\" 0.1 0.1 0.1 }}", "{{ printf \"%.0e|%.0g|%#.0g\" 9.5 9.5 9.5 }}",
    "{{ printf \"%.1x|%.2x|%.12x|%.13x|%.20x\" 1.96875 1.99999 3.14159 3.14159 3.14159 }}", "{{ printf \"%x|%.3x\" 5e-324 2.2250738585072014e-308 }}",
    "{{ printf \"%b|%b\" 5e-324 -2.5 }}", "{{ slice (query \"hosts\") 1 2 3 }}")

# --- bytes that are not UTF-8 ---------------------------------------------------------
api("{{ \"\\xff\" }}", "{{ slice \"é\" 0 1 }}", "{{ printf \"%q\" (slice \"é\" 0 1) }}", "{{ \"\\xc3\" | len }}",
    "{{ printf \"%x|%q|%+q|%#q|%v|%5s|\" \"\\xff\\xfe\" \"\\xff\\xfe\" \"\\xff\\xfe\" \"\\xff\\xfe\" \"\\xff\\xfe\" \"\\xff\" }}",
    "{{ urlquery \"\\xff\" }}", "{{ toUpper \"a\\xff\" | len }}", "{{ title \"\\xffa\" | printf \"%q\" }}", "{{ html \"\\xff\" | len }}",
    "{{ js \"\\xff\" | printf \"%q\" }}", "{{ \"\\xc3\\xa9\" }}", "{{ \"\\303\\251\" }}", "{{ print (slice \"é\" 0 1) (slice \"é\" 1) }}",
    "{{ eq (slice \"é\" 0 1) \"\\xc3\" }}", "{{ lt \"\\xff\" \"\\u00ff\" }}", "{{ index \"\\xff\" 0 }}", "{{ humanize \"\\xff\" }}",
    "{{ range \"\\xff\" }}{{ end }}", "{{ printf \"%c|%q|%U\" 0xff 0xff 0xff }}", "{{ len (printf \"%s\" \"\\xe2\\x82\") }}",
    "{{ reReplaceAll \"a\" \"b\" \"a\\xffa\" | printf \"%q\" }}", "{{ match \"^.$\" \"\\xff\" }}")

# --- time layouts and real-world annotations --------------------------------------------
for layout in ["2006-01-02 15:04:05", "Jan 2 15:04:05.000", "Monday, 02-Jan-06 15:04:05 MST", "3:04PM", "15:04:05.999999999Z07:00",
               "2006-01-02T15:04:05Z0700", "_2 Jan 06 03:04 pm -07:00", "06/1/2 3:4:5", ".000 ,000 .999 ,9", "20060102150405",
               "January", "Mon Jan", "-0700 -07 -07:00:00 Z07:00:00", "002", "__2", "2006-002"]:
    api("{{ (toTime 1700000000.123).Format \"%s\" }}" % layout, "{{ (toTime -1.5).Format \"%s\" }}" % layout)
api("{{ (toTime 951782400).Format \"2006-01-02 Mon\" }}", "{{ (toTime 4107542400).Format \"2006-01-02 Mon\" }}",
    "{{ (toTime 1700000000).YearDay }}|{{ (toTime 1704067199).YearDay }}|{{ (toTime -86400).Weekday }}")
add("api", "{{ $labels.job }}/{{ $labels.instance }} is restarting {{ printf \"%.2f\" $value }} times / 10 minutes.",
    "Filesystem on {{ $labels.instance }} has only {{ printf \"%.2f\" $value }}% available space left.",
    "{{ printf \"%0.0f\" $value }}|{{ printf \"%.0f\" $value }}|{{ $value | humanize }}|{{ humanizeDuration $value }}",
    "{{ with $console_url := \"console.example.com\" }}{{ $console_url }}/{{ $labels.job }}{{ end }}",
    "{{ $labels.instance }} of job {{ $labels.job }} has been down for more than 5 minutes.",
    "{{- if eq $labels.job \"api\" -}}\n  API\n{{- else -}}\n  other\n{{- end }}", "VALUE = {{ $value }}\n  LABELS = {{ $labels }}")
add("small", "{{ $value | humanizePercentage }} errors", "{{ printf \"%.4g\" $value }}|{{ printf \"%.2e\" $value }}|{{ humanize $value }}B/s")
add("ts", "since {{ $value | humanizeTimestamp }}", "{{ (toTime $value).Format \"2006-01-02T15:04:05.000Z07:00\" }}",
    "{{ $t := toTime $value }}{{ $t.Year }}-{{ $t.Month }}-{{ $t.Day }} {{ printf \"%02d:%02d\" $t.Hour $t.Minute }}")
add("big", "{{ $value | humanize1024 }}B", "{{ printf \"%d\" $value }}", "{{ printf \"%.0f\" $value }}", "{{ humanizeDuration $value }}")

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "cases.json"
    # de-duplicate, keep order
    seen = set()
    cases = []
    for c in C:
        k = (c["t"], c["ctx"])
        if k not in seen:
            seen.add(k)
            cases.append(c)
    json.dump(cases, open(out, "w"), ensure_ascii=False, indent=0)
    print(len(cases), "cases")
