using Serilog.Events;
using Serilog.Parsing;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// Produces a copy of a log event with secrets masked: properties with secret names, secret values
/// inside any string (nested objects, lists and dictionaries included), the message template text
/// and the exception text. Returns the same event when nothing needed masking.
/// </summary>
internal static class LogEventMasking
{
    private static readonly ScalarValue Masked = new(SecretMasker.Mask);

    public static LogEvent Mask(LogEvent logEvent)
    {
        var changed = false;
        var template = logEvent.MessageTemplate;
        var templateText = SecretMasker.MaskText(template.Text);
        if (!ReferenceEquals(templateText, template.Text))
        {
            template = new MessageTemplateParser().Parse(templateText);
            changed = true;
        }

        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var masked = MaskValue(name, value);
            changed |= !ReferenceEquals(masked, value);
            properties.Add(new LogEventProperty(name, masked));
        }

        var exception = MaskException(logEvent.Exception);
        changed |= !ReferenceEquals(exception, logEvent.Exception);

        return changed
            ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties,
                logEvent.TraceId ?? default, logEvent.SpanId ?? default)
            : logEvent;
    }

    private static LogEventPropertyValue MaskValue(string? name, LogEventPropertyValue value)
    {
        if (SecretMasker.IsSecretName(name))
        {
            return Masked;
        }

        return value switch
        {
            ScalarValue { Value: string text } => MaskScalar(value, text),
            StructureValue structure => MaskStructure(structure),
            SequenceValue sequence => MaskSequence(sequence),
            DictionaryValue dictionary => MaskDictionary(dictionary),
            _ => value,
        };
    }

    private static LogEventPropertyValue MaskScalar(LogEventPropertyValue original, string text)
    {
        var masked = SecretMasker.MaskText(text);
        return ReferenceEquals(masked, text) ? original : new ScalarValue(masked);
    }

    private static StructureValue MaskStructure(StructureValue structure)
    {
        var changed = false;
        var properties = structure.Properties.Select(p =>
        {
            var masked = MaskValue(p.Name, p.Value);
            changed |= !ReferenceEquals(masked, p.Value);
            return new LogEventProperty(p.Name, masked);
        }).ToList();
        return changed ? new StructureValue(properties, structure.TypeTag) : structure;
    }

    private static SequenceValue MaskSequence(SequenceValue sequence)
    {
        var changed = false;
        var elements = sequence.Elements.Select(e =>
        {
            var masked = MaskValue(null, e);
            changed |= !ReferenceEquals(masked, e);
            return masked;
        }).ToList();
        return changed ? new SequenceValue(elements) : sequence;
    }

    private static DictionaryValue MaskDictionary(DictionaryValue dictionary)
    {
        var changed = false;
        var elements = dictionary.Elements.Select(pair =>
        {
            var masked = MaskValue(pair.Key.Value?.ToString(), pair.Value);
            changed |= !ReferenceEquals(masked, pair.Value);
            return new KeyValuePair<ScalarValue, LogEventPropertyValue>(pair.Key, masked);
        }).ToList();
        return changed ? new DictionaryValue(elements) : dictionary;
    }

    private static Exception? MaskException(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var masked = SecretMasker.MaskText(text);
        return ReferenceEquals(masked, text)
            ? exception
            : new RedactedException(SecretMasker.MaskText(exception.Message), masked);
    }
}
