using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// How a diagnostic tells its code fix which secret of the reported text it is about: offsets and kind only, a
    /// diagnostic never carries the secret itself.
    /// </summary>
    internal static class SecretProperties
    {
        public const string SecretStartProperty = "SecretStart";
        public const string SecretLengthProperty = "SecretLength";
        public const string SecretKindProperty = "SecretKind";

        public static ImmutableDictionary<string, string?> Create(SecretMatch match) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(SecretStartProperty, match.Start.ToString(CultureInfo.InvariantCulture))
                .Add(SecretLengthProperty, match.Length.ToString(CultureInfo.InvariantCulture))
                .Add(SecretKindProperty, match.Kind.ToString());

        public static bool TryGetMatch(Diagnostic diagnostic, out SecretMatch match)
        {
            match = default;
            if (diagnostic.Properties.TryGetValue(SecretStartProperty, out var startText) &&
                diagnostic.Properties.TryGetValue(SecretLengthProperty, out var lengthText) &&
                diagnostic.Properties.TryGetValue(SecretKindProperty, out var kindText) &&
                int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start) &&
                int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) &&
                System.Enum.TryParse<SecretKind>(kindText, out var kind))
            {
                match = new SecretMatch(kind, start, length);
                return true;
            }

            return false;
        }
    }
}
