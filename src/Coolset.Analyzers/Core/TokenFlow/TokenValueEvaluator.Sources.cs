using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>The token sources: literals, credential-named symbols, environment, configuration, Authorization headers.</summary>
    internal sealed partial class TokenValueEvaluator
    {
        private static bool IsSecretLiteral(string text)
        {
            if (!TokenShapes.MayContainSecret(text))
            {
                return false;
            }

            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            return matches.Count > 0;
        }

        /// <param name="instance">The receiver of a field or property; an exemption only holds for this object or a static member.</param>
        private TokenEvidence TokenSymbol(ISymbol symbol, IOperation? instance = null)
        {
            if (!Symbols.CanHoldToken(symbol.ValueType()))
            {
                return TokenEvidence.None; // a logger, a CancellationToken, a count: no need to look at the method
            }

            symbol = MethodTokenFlow.Normalize(symbol);
            if (TryGetTainted(symbol, out var evidence))
            {
                return evidence;
            }

            if (Symbols.IsRequestMessage(symbol.ValueType()))
            {
                return TokenEvidence.None; // a request carries a token only once the method authorizes it with one, whatever its name
            }

            return CredentialNames.IsNamedCredential(symbol, Symbols.CredentialContext, _root) &&
                   !(IsExempt(symbol) && MethodTokenFlow.IsOwnMember(instance))
                ? TokenEvidence.From(TokenSourceKind.NamedCredential, symbol.Name)
                : TokenEvidence.None;
        }

        private TokenEvidence TokenProperty(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            if (property.IsIndexer)
            {
                if (Symbols.IsConfiguration(reference.Instance?.Type))
                {
                    return ConfigurationKey(reference.Instance, reference.Arguments.ConstantStringArgument(0));
                }

                if (Symbols.IsHeaderDictionary(reference.Instance?.Type))
                {
                    // Request.Headers["Authorization"], Request.Headers[HeaderNames.Authorization]
                    return Symbols.IsAuthorizationHeaderName(reference.Arguments.ArgumentValue(0))
                        ? TokenEvidence.From(TokenSourceKind.IncomingAuthorizationHeader)
                        : TokenEvidence.None;
                }

                // An element of Headers.GetValues("Authorization").ToList(), not a char of a token.
                return IsString(reference.Type)
                    ? Element(Explain(reference.Instance), reference.Arguments.Length == 1 ? reference.Arguments[0].Value : null)
                    : TokenEvidence.None;
            }

            if (property.Name == AuthorizationHeader.Name)
            {
                if (property.IsDeclaredIn(Symbols.HttpRequestHeaders))
                {
                    return TokenEvidence.From(TokenSourceKind.AuthorizationHeader);
                }

                if (property.IsDeclaredIn(Symbols.HeaderDictionary))
                {
                    return TokenEvidence.From(TokenSourceKind.IncomingAuthorizationHeader);
                }
            }

            if (Symbols.SentHeadersOwner(reference) is { } owner)
            {
                // request.Headers, client.DefaultRequestHeaders: what the method put in them.
                var ownerSymbol = MethodTokenFlow.AssignedSymbol(owner.WithoutConversions());
                return ownerSymbol != null && TryGetTainted(ownerSymbol, out var carried) ? carried : TokenEvidence.None;
            }

            if (property.Name == "Parameter" && property.IsDeclaredIn(Symbols.AuthenticationHeaderValue))
            {
                return Explain(reference.Instance);
            }

            if (property.Name == "Value" && IsString(property.Type) && Symbols.IsConfiguration(reference.Instance?.Type))
            {
                return ConfigurationPath(ConfigurationPaths.PathOf(reference.Instance, Symbols));
            }

            if (IsString(property.Type) && CredentialNames.IsOptionsTokenProperty(property.Name) && Symbols.IsOptionsValue(reference.Instance))
            {
                return TokenEvidence.From(TokenSourceKind.OptionsProperty, property.Name);
            }

            return TokenSymbol(property, reference.Instance);
        }

        private TokenEvidence TokenInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var containingType = method.ContainingType;
            switch (method.Name)
            {
                case "GetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(containingType, Symbols.Environment):
                    var name = invocation.Arguments.ConstantStringArgument(0);
                    return name != null && string.Equals(name, Settings.EnvironmentVariable, StringComparison.OrdinalIgnoreCase)
                        ? TokenEvidence.From(TokenSourceKind.EnvironmentVariable, name)
                        : TokenEvidence.None;
                case "ToString" when IsFormattingToString(method):
                    return Explain(invocation.Instance).AsWhole();
                case "Format":
                case "Concat":
                case "Join":
                    return containingType?.SpecialType == SpecialType.System_String ? FirstTokenArgument(invocation.Arguments).AsWhole() : TokenEvidence.None;
                case "GetValues" when method.IsDeclaredIn(Symbols.HttpHeaders):
                    return Symbols.IsAuthorizationHeaderName(invocation.Arguments.ArgumentValue(0))
                        ? TokenEvidence.From(TokenSourceKind.AuthorizationHeader)
                        : TokenEvidence.None;
                case "Parse" when method.IsDeclaredIn(Symbols.AuthenticationHeaderValue):
                    return FirstTokenArgument(invocation.Arguments);
                case "GetValue" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type)
                        ? ConfigurationKey(invocation.Arguments.ArgumentValue(0), invocation.Arguments.ConstantStringArgument(KeyOrdinal(method)))
                        : TokenEvidence.None;
                case "Get" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type) ? ConfigurationPath(ConfigurationPaths.PathOf(invocation.Arguments.ArgumentValue(0), Symbols)) : TokenEvidence.None;
            }

            if (containingType?.SpecialType == SpecialType.System_String && invocation.Instance != null)
            {
                return StringMethod(invocation);
            }

            if (Symbols.IsStringBuilder(containingType) && IsStringBuilderAppend(method))
            {
                var builder = Explain(invocation.Instance);
                return builder.IsToken ? builder : FirstTokenArgument(invocation.Arguments).AsWhole();
            }

            return SymbolEqualityComparer.Default.Equals(containingType, Symbols.Enumerable)
                ? ElementOperator(invocation)
                : TokenEvidence.None;
        }

        /// <summary>
        /// The string methods that keep the credential: trimming, and stripping the <c>Bearer</c> scheme
        /// (<c>Substring("Bearer ".Length)</c>, <c>Replace("Bearer ", "")</c>, <c>Split(' ')</c>). Any other slice masks.
        /// </summary>
        private TokenEvidence StringMethod(IInvocationOperation invocation)
        {
            var arguments = invocation.Arguments;
            switch (invocation.TargetMethod.Name)
            {
                case "Trim":
                case "TrimStart":
                case "TrimEnd":
                    return Explain(invocation.Instance);
                case "Substring" when arguments.Length == 1 && BearerSchemeStripping.IsSchemeEnd(arguments[0].Value):
                    return Explain(invocation.Instance);
                case "Replace" when arguments.Length >= 2 && BearerSchemeStripping.IsSchemeReplacement(arguments.ArgumentValue(0)):
                    return Explain(invocation.Instance);
                case "Split" when BearerSchemeStripping.IsSpaceSeparator(arguments.ArgumentValue(0)):
                    return Explain(invocation.Instance).AsSplitPieces();
                default:
                    return TokenEvidence.None;
            }
        }

        /// <summary><c>Append</c>, <c>AppendLine</c>, <c>AppendFormat</c>, <c>AppendJoin</c>, <c>Insert</c>: they add text to the builder.</summary>
        public static bool IsStringBuilderAppend(IMethodSymbol method) =>
            method.Name.StartsWith("Append", StringComparison.Ordinal) || method.Name == "Insert";

        /// <summary>
        /// <c>First()</c>, <c>Last()</c>, <c>ElementAt()</c>, <c>ToArray()</c>… of a token collection; the first piece of a
        /// split token value is its scheme.
        /// </summary>
        private TokenEvidence ElementOperator(IInvocationOperation invocation)
        {
            switch (invocation.TargetMethod.Name)
            {
                case "First":
                case "FirstOrDefault":
                case "Single":
                case "SingleOrDefault":
                    var first = Explain(invocation.Arguments.ArgumentValue(0));
                    return first.IsSplitPieces ? TokenEvidence.None : first;
                case "ElementAt":
                case "ElementAtOrDefault":
                    return Element(Explain(invocation.Arguments.ArgumentValue(0)), invocation.Arguments.ArgumentValue(1));
                case "Last":
                case "LastOrDefault":
                    return Explain(invocation.Arguments.ArgumentValue(0)).AsWhole();
                case "ToArray":
                case "ToList":
                    return Explain(invocation.Arguments.ArgumentValue(0));
                default:
                    return TokenEvidence.None;
            }
        }

        /// <summary><c>x.ToString()</c> and <c>x.ToString(provider)</c>, which render the whole value.</summary>
        private static bool IsFormattingToString(IMethodSymbol method) =>
            !method.IsStatic &&
            (method.Parameters.Length == 0 ||
             (method.Parameters.Length == 1 && method.Parameters[0].Type.Name == "IFormatProvider"));

        /// <summary>The <c>key</c> parameter of <c>ConfigurationBinder.GetValue</c> (it follows an optional <c>Type</c>).</summary>
        private static int KeyOrdinal(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == "key")
                {
                    return parameter.Ordinal;
                }
            }

            return -1;
        }

        private TokenEvidence ConfigurationKey(IOperation? configuration, string? key)
        {
            if (key == null)
            {
                return TokenEvidence.None;
            }

            var path = ConfigurationPaths.PathOf(configuration, Symbols);
            return path == null ? TokenEvidence.None
                : path.Length == 0 ? ConfigurationPath(key)
                : ConfigurationPath(path + ConfigurationPaths.Separator + key);
        }

        private TokenEvidence ConfigurationPath(string? path) =>
            path != null && string.Equals(path, Settings.ConfigurationKey, StringComparison.OrdinalIgnoreCase)
                ? TokenEvidence.From(TokenSourceKind.ConfigurationKey, Settings.ConfigurationKey)
                : TokenEvidence.None;

        /// <summary>
        /// What <c>Headers.TryGetValues("Authorization", out var values)</c> (outgoing) or
        /// <c>Request.Headers.TryGetValue("Authorization", out var value)</c> (incoming) puts in its out argument.
        /// </summary>
        public TokenEvidence HeaderLookup(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!Symbols.IsAuthorizationHeaderName(invocation.Arguments.ArgumentValue(0)))
            {
                return TokenEvidence.None;
            }

            if (method.Name == "TryGetValues" && method.IsDeclaredIn(Symbols.HttpHeaders))
            {
                return TokenEvidence.From(TokenSourceKind.AuthorizationHeader);
            }

            return method.Name == "TryGetValue" && Symbols.IsHeaderDictionary(invocation.Instance?.Type)
                ? TokenEvidence.From(TokenSourceKind.IncomingAuthorizationHeader)
                : TokenEvidence.None;
        }
    }
}
