package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func enc(t *unicode.RangeTable) string {
	var parts []string
	add := func(lo, hi, st uint32) {
		if lo == hi {
			parts = append(parts, fmt.Sprintf("%x", lo))
		} else if st == 1 {
			parts = append(parts, fmt.Sprintf("%x-%x", lo, hi))
		} else {
			parts = append(parts, fmt.Sprintf("%x-%x:%x", lo, hi, st))
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	return strings.Join(parts, ",")
}

func table(m map[string]*unicode.RangeTable) string {
	var names []string
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			b.WriteString(";\n")
		}
		b.WriteString(n + "=" + enc(m[n]))
	}
	return b.String()
}

func main() {
	w := os.Stdout
	fmt.Fprintf(w, "// GENERATED from Go %s's package unicode (Unicode %s) by a small Go program that\n", "1.19", unicode.Version)
	fmt.Fprintln(w, "// prints unicode.Categories, unicode.Scripts and the unicode.SimpleFold orbits. Do not edit by hand.")
	fmt.Fprintln(w, "// Format: `Name=range,range,...;` where a range is `lo`, `lo-hi` or `lo-hi:stride` in hex.")
	fmt.Fprintln(w, "// Folds: `r:next` pairs (hex), the next scalar of r's simple case-folding orbit.")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "enum RE2UnicodeData {")
	fmt.Fprintf(w, "    static let unicodeVersion = %q\n\n", unicode.Version)
	fmt.Fprintf(w, "    static let categories = \"\"\"\n%s\n\"\"\"\n\n", table(unicode.Categories))
	fmt.Fprintf(w, "    static let scripts = \"\"\"\n%s\n\"\"\"\n\n", table(unicode.Scripts))
	var folds []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := unicode.SimpleFold(r)
		if f != r {
			folds = append(folds, fmt.Sprintf("%x:%x", r, f))
		}
	}
	var lines []string
	for i := 0; i < len(folds); i += 16 {
		j := i + 16
		if j > len(folds) {
			j = len(folds)
		}
		lines = append(lines, strings.Join(folds[i:j], ","))
	}
	fmt.Fprintf(w, "    static let folds = \"\"\"\n%s\n\"\"\"\n}\n", strings.Join(lines, ",\n"))
}
