using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// Reads the part of Python's <c>ast.literal_eval</c> language that a JSON document can hold: strings
/// (single, double or triple quoted, <c>r</c>/<c>u</c> prefixes, escapes, adjacent ones joined), ints
/// (decimal, <c>0x</c>, <c>0o</c>, <c>0b</c>, underscores), floats, one sign on a number, <c>True</c>,
/// <c>False</c>, <c>None</c>, lists, tuples (read as lists), dicts with scalar keys, comments and
/// bracketed line breaks. Everything else (sets, bytes, complex numbers, names, calls, <c>\N{...}</c>
/// escapes) is refused, as are the values <c>json.dumps</c> could not write.
/// </summary>
/// <remarks>Values come out as <see cref="PythonJson"/> writes them.</remarks>
internal sealed class PythonLiteralParser
{
    // CPython's tokenizer refuses 200 nested brackets too.
    private const int MaxNesting = 200;

    private readonly string _text;
    private int _position;
    private int _nesting;

    private PythonLiteralParser(string text) => _text = text;

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Next => _position + 1 < _text.Length ? _text[_position + 1] : '\0';

    /// <summary>Reads the text as <c>ast.literal_eval</c> would; false when it would refuse it or <c>json.dumps</c> could not write it.</summary>
    public static bool TryParse(string text, out object? value)
    {
        try
        {
            value = new PythonLiteralParser(text).ParseSource();
            return true;
        }
        catch (FormatException)
        {
            value = null;
            return false;
        }
    }

    private static FormatException Refused() => new("not a Python literal that JSON can hold");

    private object? ParseSource()
    {
        SkipLeadingLines();
        var first = ParseExpression();
        SkipTrivia();
        object? value = first;
        if (Current == ',')
        {
            // "[1], [2]" is a tuple at the top level, as in any Python expression.
            var items = new List<object?> { first };
            while (Current == ',')
            {
                _position++;
                SkipTrivia();
                if (_position == _text.Length || IsLineBreak(Current))
                {
                    break;
                }

                items.Add(ParseExpression());
                SkipTrivia();
            }

            value = items;
        }

        while (IsLineBreak(Current))
        {
            _position++;
            SkipTrivia();
        }

        return _position == _text.Length ? value : throw Refused();
    }

    // literal_eval strips leading spaces and tabs; blank lines before the expression are skipped, but an
    // indented line after them is Python's IndentationError.
    private void SkipLeadingLines()
    {
        while (Current is ' ' or '\t')
        {
            _position++;
        }

        var afterBreak = false;
        while (true)
        {
            var scan = _position;
            while (scan < _text.Length && _text[scan] is ' ' or '\t' or '\f')
            {
                scan++;
            }

            if (scan < _text.Length && IsLineBreak(_text[scan]))
            {
                _position = scan + 1;
                afterBreak = true;
                continue;
            }

            if (afterBreak && scan > _position)
            {
                throw Refused();
            }

            _position = scan;
            return;
        }
    }

    // Inside brackets line breaks are layout; at the top level they end the expression.
    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = Current;
            if (c is ' ' or '\t' or '\f' || (_nesting > 0 && IsLineBreak(c)))
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && !IsLineBreak(Current))
                {
                    _position++;
                }
            }
            else if (c == '\\' && IsLineBreak(Next))
            {
                _position += _text[_position + 1] == '\r' && _position + 2 < _text.Length && _text[_position + 2] == '\n' ? 3 : 2;
            }
            else
            {
                return;
            }
        }
    }

    private object? ParseExpression()
    {
        SkipTrivia();
        var c = Current;
        return c switch
        {
            '[' => ParseList(),
            '(' => ParseParenthesized(),
            '{' => ParseDict(),
            '\'' or '"' => ParseStrings(),
            '+' or '-' => ParseSignedNumber(),
            _ when char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Next)) => ParseNumber(),
            _ when AtStringStart() => ParseStrings(),
            _ when char.IsAsciiLetter(c) || c == '_' => ParseName(),
            _ => throw Refused(),
        };
    }

    private List<object?> ParseList()
    {
        Enter();
        var items = ParseItems(']');
        Leave();
        return items;
    }

    // "(x)" is x itself; "()" and "(x,)" are tuples, which JSON writes as lists.
    private object? ParseParenthesized()
    {
        Enter();
        SkipTrivia();
        if (Current == ')')
        {
            _position++;
            Leave();
            return new List<object?>();
        }

        var first = ParseExpression();
        SkipTrivia();
        if (Current == ')')
        {
            _position++;
            Leave();
            return first;
        }

        Expect(',');
        var items = ParseItems(')');
        items.Insert(0, first);
        Leave();
        return items;
    }

    private List<object?> ParseItems(char close)
    {
        var items = new List<object?>();
        SkipTrivia();
        while (Current != close)
        {
            items.Add(ParseExpression());
            SkipTrivia();
            if (Current != close)
            {
                Expect(',');
                SkipTrivia();
            }
        }

        _position++;
        return items;
    }

    // "{1, 2}" is a set, which JSON cannot hold; so is a dict with a list or tuple as a key.
    private PythonDict ParseDict()
    {
        Enter();
        var dict = new PythonDict();
        SkipTrivia();
        while (Current != '}')
        {
            var key = ParseExpression();
            if (!PythonDict.IsScalarKey(key))
            {
                throw Refused();
            }

            SkipTrivia();
            Expect(':');
            dict.Set(key, ParseExpression());
            SkipTrivia();
            if (Current != '}')
            {
                Expect(',');
                SkipTrivia();
            }
        }

        _position++;
        Leave();
        return dict;
    }

    private object? ParseName()
    {
        var start = _position;
        while (IsNameChar(Current))
        {
            _position++;
        }

        return _text[start.._position] switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            _ => throw Refused(),
        };
    }

    // literal_eval takes one sign on a number, also around brackets ("-(1)"), but not on a signed one or a bool.
    private object ParseSignedNumber()
    {
        var negative = Current == '-';
        _position++;
        SkipTrivia();
        var opened = 0;
        while (Current == '(')
        {
            Enter();
            opened++;
            SkipTrivia();
        }

        if (!char.IsAsciiDigit(Current) && !(Current == '.' && char.IsAsciiDigit(Next)))
        {
            throw Refused();
        }

        var number = ParseNumber();
        for (; opened > 0; opened--)
        {
            SkipTrivia();
            Expect(')');
            Leave();
        }

        return !negative ? number : number switch
        {
            BigInteger whole => -whole,
            double fraction => -fraction,
            _ => throw Refused(),
        };
    }

    private object ParseNumber()
    {
        if (Current == '0' && char.ToLowerInvariant(Next) is 'x' or 'o' or 'b')
        {
            var radix = char.ToLowerInvariant(Next) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _position += 2;
            if (Current == '_')
            {
                _position++;
            }

            var digits = ReadDigits(radix);
            RefuseGlued();
            var value = BigInteger.Zero;
            foreach (var digit in digits)
            {
                value = (value * radix) + int.Parse(digit.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            return value;
        }

        var whole = Current == '.' ? "" : ReadDigits(10);
        string? fraction = null;
        string? exponent = null;
        if (Current == '.')
        {
            _position++;
            fraction = char.IsAsciiDigit(Current) ? ReadDigits(10) : "";
        }

        if (Current is 'e' or 'E')
        {
            _position++;
            var sign = Current is '+' or '-' ? _text[_position++].ToString() : "";
            exponent = sign + ReadDigits(10);
        }

        // An imaginary part (complex) or a name glued to the number cannot be JSON.
        RefuseGlued();
        if (fraction is null && exponent is null)
        {
            // Python refuses "01" but takes "00".
            return whole.Length > 1 && whole[0] == '0' && whole.Any(digit => digit != '0')
                ? throw Refused()
                : BigInteger.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var text = $"{(whole.Length == 0 ? "0" : whole)}.{(string.IsNullOrEmpty(fraction) ? "0" : fraction)}e{exponent ?? "0"}";
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // Digits with single underscores between them, returned without the underscores.
    private string ReadDigits(int radix)
    {
        if (!IsDigit(Current, radix))
        {
            throw Refused();
        }

        var digits = new StringBuilder();
        while (true)
        {
            while (IsDigit(Current, radix))
            {
                digits.Append(Current);
                _position++;
            }

            if (Current != '_' || !IsDigit(Next, radix))
            {
                return digits.ToString();
            }

            _position++;
        }
    }

    private void RefuseGlued()
    {
        if (IsNameChar(Current))
        {
            throw Refused();
        }
    }

    private bool AtStringStart() =>
        Current is '\'' or '"' || (Current is 'r' or 'R' or 'u' or 'U' && Next is '\'' or '"');

    // Adjacent string literals are one string in Python ('a' "b" is "ab").
    private string ParseStrings()
    {
        var text = new StringBuilder();
        do
        {
            ParseString(text);
            SkipTrivia();
        }
        while (AtStringStart());

        return text.ToString();
    }

    private void ParseString(StringBuilder text)
    {
        var raw = Current is 'r' or 'R';
        if (char.IsAsciiLetter(Current))
        {
            _position++;
        }

        var quote = Current;
        var triple = _position + 2 < _text.Length && _text[_position + 1] == quote && _text[_position + 2] == quote;
        _position += triple ? 3 : 1;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Refused();
            }

            var c = Current;
            if (c == quote && (!triple || (_position + 2 < _text.Length && _text[_position + 1] == quote && _text[_position + 2] == quote)))
            {
                _position += triple ? 3 : 1;
                return;
            }

            if (IsLineBreak(c) && !triple)
            {
                throw Refused();
            }

            if (c == '\\' && raw)
            {
                // A raw string keeps the backslash and the character after it, even a quote.
                if (_position + 1 >= _text.Length)
                {
                    throw Refused();
                }

                text.Append(c).Append(Next);
                _position += 2;
            }
            else if (c == '\\')
            {
                ReadEscape(text);
            }
            else
            {
                // Python reads \r\n and \r in source as \n.
                _position += c == '\r' && Next == '\n' ? 2 : 1;
                text.Append(c == '\r' ? '\n' : c);
            }
        }
    }

    private void ReadEscape(StringBuilder text)
    {
        _position++;
        if (_position >= _text.Length)
        {
            throw Refused();
        }

        var c = _text[_position++];
        switch (c)
        {
            case '\n':
                break;
            case '\r':
                _position += Current == '\n' ? 1 : 0;
                break;
            case '\\' or '\'' or '"':
                text.Append(c);
                break;
            case 'a': text.Append('\a'); break;
            case 'b': text.Append('\b'); break;
            case 'f': text.Append('\f'); break;
            case 'n': text.Append('\n'); break;
            case 'r': text.Append('\r'); break;
            case 't': text.Append('\t'); break;
            case 'v': text.Append('\v'); break;
            case >= '0' and <= '7':
                var octal = c - '0';
                for (var count = 1; count < 3 && Current is >= '0' and <= '7'; count++)
                {
                    octal = (octal * 8) + (_text[_position++] - '0');
                }

                text.Append((char)octal);
                break;
            case 'x':
                text.Append((char)ReadHex(2));
                break;
            case 'u':
                text.Append((char)ReadHex(4));
                break;
            case 'U':
                var code = ReadHex(8);
                text.Append(code switch
                {
                    > 0x10FFFF => throw Refused(),
                    < 0x10000 => ((char)code).ToString(),
                    _ => char.ConvertFromUtf32((int)code),
                });
                break;
            case 'N':
                // \N{name} needs Unicode's name table.
                throw Refused();
            default:
                // Python keeps an unknown escape as written (with a warning).
                text.Append('\\').Append(c);
                break;
        }
    }

    private long ReadHex(int length)
    {
        if (_position + length > _text.Length
            || !long.TryParse(_text.AsSpan(_position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Refused();
        }

        _position += length;
        return value;
    }

    private void Expect(char c)
    {
        if (Current != c)
        {
            throw Refused();
        }

        _position++;
    }

    private void Enter()
    {
        _position++;
        if (++_nesting >= MaxNesting)
        {
            throw Refused();
        }
    }

    private void Leave() => _nesting--;

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsDigit(char c, int radix) => radix switch
    {
        16 => char.IsAsciiHexDigit(c),
        10 => char.IsAsciiDigit(c),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };
}
