// Go's fmt as a black box for the printf expectations in Tests/RuleTestingTests/TemplateTests.swift
// that promtool's output is awkward for (ten-megabyte results, refused widths).
//
//	go run scripts/ruletest/template-fmt-oracle.go
//
// prints one line per case: the format, then the result (or its length, for the long ones).
package main

import "fmt"

func main() {
	show := func(format string, args ...interface{}) {
		fmt.Printf("%q => %q\n", format, fmt.Sprintf(format, args...))
	}
	length := func(format string, args ...interface{}) {
		fmt.Printf("%q => len %d\n", format, len(fmt.Sprintf(format, args...)))
	}
	show("%999999999d|", 1)
	show("%.999999999f|", 1.5)
	show("%*d", 99999999, 1)
	show("%.*d", 99999999, 1)
	show("%[99999999999999999999]d", 1)
	length("%9999999d", 1)
	length("%.9999999f", 0.1)
	length("%.9999999e", 0.1)
	length("%#.9999999g", 0.1)
	length("%.9999999x", 0.1)
	show("%c%U%q", -1, -1, -1)
	show("%x", -9223372036854775808)
	show("%#x|%#.3x|%#X|%#.0x|%#g|%#e|%#.0e|%#.0f|%#v", 1.0, 1.0, 1.5, 1.5, 100000.0, 1.0, 1.0, 1.0, 1.0)
	show("%.", 1)
}
