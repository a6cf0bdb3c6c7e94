package story

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// This file holds the helpers that read go-yaml nodes with positions.

// fields checks that n is a mapping with only known keys and returns its
// values by key.
func (p *parser) fields(n ast.Node, what string, known []string) (map[string]ast.Node, bool) {
	mn, ok := unwrap(n).(*ast.MappingNode)
	if !ok {
		p.errorf(p.pos(n), "%s must be a mapping, not %s", what, kindName(n))
		return nil, false
	}
	m := make(map[string]ast.Node, len(mn.Values))
	for _, kv := range mn.Values {
		k, _ := scalarText(unwrap(kv.Key))
		if !contains(known, k) {
			p.errorf(p.pos(kv.Key), "unknown key %q in %s (want %s)", k, what, strings.Join(known, ", "))
			continue
		}
		m[k] = kv.Value
	}
	return m, true
}

// seq returns the entries of a sequence; null or absent is empty.
func (p *parser) seq(n ast.Node, what string) []ast.Node {
	u := unwrap(n)
	if isNull(u) {
		return nil
	}
	sn, ok := u.(*ast.SequenceNode)
	if !ok {
		p.errorf(p.pos(n), "%s must be a sequence, not %s", what, kindName(n))
		return nil
	}
	return sn.Values
}

// str reads a scalar as text; required makes null or empty an error.
func (p *parser) str(n ast.Node, what string, required bool) (string, bool) {
	u := unwrap(n)
	if isNull(u) {
		if required && n != nil {
			p.errorf(p.pos(n), "%s must not be empty", what)
		}
		return "", false
	}
	s, ok := scalarText(u)
	if !ok {
		p.errorf(p.pos(n), "%s must be a string, not %s", what, kindName(n))
		return "", false
	}
	s = strings.TrimSpace(s)
	if s == "" && required {
		p.errorf(p.pos(n), "%s must not be empty", what)
		return "", false
	}
	return s, true
}

// pos returns the file position of a YAML node.
func (p *parser) pos(n ast.Node) pos {
	if mn, ok := n.(*ast.MappingNode); ok && len(mn.Values) > 0 {
		n = mn.Values[0].Key
	}
	if n == nil || n.GetToken() == nil {
		return pos{p.yamlLine + 1, 1}
	}
	t := n.GetToken().Position
	return p.ypos(t.Line, t.Column)
}

// ypos turns a line and column of the front matter into a file position.
func (p *parser) ypos(line, col int) pos {
	if line < 1 {
		line, col = 1, 1
	}
	return pos{p.yamlLine + line, col}
}

func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		default:
			return n
		}
	}
}

func isNull(n ast.Node) bool {
	if n == nil {
		return true
	}
	_, ok := n.(*ast.NullNode)
	return ok
}

func scalarText(n ast.Node) (string, bool) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		if v.Value == nil {
			return "", true
		}
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return v.GetToken().Value, true
	}
	return "", false
}

func number(n ast.Node) (float64, bool) {
	switch v := n.(type) {
	case *ast.IntegerNode:
		switch x := v.Value.(type) {
		case int64:
			return float64(x), true
		case uint64:
			return float64(x), true
		}
	case *ast.FloatNode:
		return v.Value, true
	}
	return 0, false
}

func kindName(n ast.Node) string {
	switch unwrap(n).(type) {
	case nil, *ast.NullNode:
		return "null"
	case *ast.MappingNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a sequence"
	case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a number"
	case *ast.BoolNode:
		return "a boolean"
	case *ast.AliasNode:
		return "an alias (aliases are not supported)"
	}
	return "a string"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isWebURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
