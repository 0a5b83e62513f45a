using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// How a COOL004 diagnostic tells its code fix what to rewrite: the scheme's position in the document text and its
    /// replacement, and the <c>:80</c> to drop, if any. Positions are absolute; the fix checks the text before editing.
    /// </summary>
    internal static class SchemeRewriteProperties
    {
        public const string SchemeStartProperty = "SchemeStart";
        public const string SchemeLengthProperty = "SchemeLength";
        public const string SchemeReplacementProperty = "SchemeReplacement";
        public const string PortStartProperty = "DefaultPortStart";
        public const string PortLengthProperty = "DefaultPortLength";

        public static ImmutableDictionary<string, string?> Create(int schemeStart, int schemeLength, string replacement, int portStart = -1, int portLength = 0)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(SchemeStartProperty, Format(schemeStart))
                .Add(SchemeLengthProperty, Format(schemeLength))
                .Add(SchemeReplacementProperty, replacement);
            return portStart < 0
                ? properties
                : properties.Add(PortStartProperty, Format(portStart)).Add(PortLengthProperty, Format(portLength));
        }

        public static bool TryGet(Diagnostic diagnostic, out SchemeRewrite rewrite)
        {
            rewrite = default;
            var properties = diagnostic.Properties;
            if (!TryRead(properties, SchemeStartProperty, out var start) ||
                !TryRead(properties, SchemeLengthProperty, out var length) ||
                !properties.TryGetValue(SchemeReplacementProperty, out var replacement) || replacement == null)
            {
                return false;
            }

            if (!TryRead(properties, PortStartProperty, out var portStart) || !TryRead(properties, PortLengthProperty, out var portLength))
            {
                portStart = -1;
                portLength = 0;
            }

            rewrite = new SchemeRewrite(start, length, replacement, portStart, portLength);
            return true;
        }

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static bool TryRead(ImmutableDictionary<string, string?> properties, string key, out int value)
        {
            value = 0;
            return properties.TryGetValue(key, out var text) &&
                   int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }

    /// <summary>The edits of one COOL004 fix: replace the scheme, drop the default port.</summary>
    internal readonly struct SchemeRewrite
    {
        public SchemeRewrite(int schemeStart, int schemeLength, string replacement, int portStart, int portLength)
        {
            SchemeStart = schemeStart;
            SchemeLength = schemeLength;
            Replacement = replacement;
            PortStart = portStart;
            PortLength = portLength;
        }

        public int SchemeStart { get; }

        public int SchemeLength { get; }

        public string Replacement { get; }

        /// <summary>Where <c>:80</c> starts (its ':'); -1 when there is nothing to drop.</summary>
        public int PortStart { get; }

        public int PortLength { get; }
    }
}
