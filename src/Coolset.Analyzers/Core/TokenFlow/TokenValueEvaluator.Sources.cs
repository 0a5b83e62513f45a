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
        private bool IsTokenSymbol(ISymbol symbol, IOperation? instance = null)
        {
            if (!Symbols.CanHoldToken(symbol.ValueType()))
            {
                return false; // a logger, a CancellationToken, a count: no need to look at the method
            }

            symbol = MethodTokenFlow.Normalize(symbol);
            return Taint.Tainted.Contains(symbol) ||
                   (CredentialNames.IsNamedCredential(symbol) &&
                    !(Taint.Exempt.Contains(symbol) && MethodTokenFlow.IsOwnMember(instance)));
        }

        private bool IsTokenProperty(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            if (property.IsIndexer)
            {
                if (Symbols.IsConfiguration(reference.Instance?.Type))
                {
                    return IsTokenConfigurationKey(reference.Instance, reference.Arguments.ConstantStringArgument(0));
                }

                // An element of Headers.GetValues("Authorization").ToList(), not a char of a token.
                return IsString(reference.Type) && IsTokenValue(reference.Instance);
            }

            if (property.Name == AuthorizationHeader.Name && property.IsDeclaredIn(Symbols.HttpRequestHeaders))
            {
                return true;
            }

            if (property.Name == "Parameter" && property.IsDeclaredIn(Symbols.AuthenticationHeaderValue))
            {
                return IsTokenValue(reference.Instance);
            }

            if (property.Name == "Value" && IsString(property.Type) && Symbols.IsConfiguration(reference.Instance?.Type))
            {
                return IsTokenConfigurationPath(ConfigurationPaths.PathOf(reference.Instance, Symbols));
            }

            return IsTokenSymbol(property, reference.Instance);
        }

        private bool IsTokenInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var containingType = method.ContainingType;
            switch (method.Name)
            {
                case "GetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(containingType, Symbols.Environment):
                    var name = invocation.Arguments.ConstantStringArgument(0);
                    return name != null && string.Equals(name, Settings.EnvironmentVariable, StringComparison.OrdinalIgnoreCase);
                case "ToString" when IsFormattingToString(method):
                    return IsTokenValue(invocation.Instance);
                case "Format":
                case "Concat":
                case "Join":
                    return containingType?.SpecialType == SpecialType.System_String && AnyArgumentIsToken(invocation.Arguments);
                case "GetValues" when method.IsDeclaredIn(Symbols.HttpHeaders):
                    var header = invocation.Arguments.ConstantStringArgument(0);
                    return AuthorizationHeader.IsName(header);
                case "Parse" when method.IsDeclaredIn(Symbols.AuthenticationHeaderValue):
                    return AnyArgumentIsToken(invocation.Arguments);
                case "GetValue" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type) && IsTokenConfigurationKey(invocation.Arguments.ArgumentValue(0), invocation.Arguments.ConstantStringArgument(KeyOrdinal(method)));
                case "Get" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type) && IsTokenConfigurationPath(ConfigurationPaths.PathOf(invocation.Arguments.ArgumentValue(0), Symbols));
            }

            if (Symbols.IsStringBuilder(containingType) && IsStringBuilderAppend(method))
            {
                return IsTokenValue(invocation.Instance) || AnyArgumentIsToken(invocation.Arguments);
            }

            if (IsElementOperator(method))
            {
                return IsTokenValue(invocation.Arguments.ArgumentValue(0));
            }

            return false;
        }

        /// <summary><c>Append</c>, <c>AppendLine</c>, <c>AppendFormat</c>, <c>AppendJoin</c>, <c>Insert</c>: they add text to the builder.</summary>
        public static bool IsStringBuilderAppend(IMethodSymbol method) =>
            method.Name.StartsWith("Append", StringComparison.Ordinal) || method.Name == "Insert";

        private bool IsElementOperator(IMethodSymbol method)
        {
            if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Enumerable))
            {
                return false;
            }

            switch (method.Name)
            {
                case "First":
                case "FirstOrDefault":
                case "Single":
                case "SingleOrDefault":
                case "Last":
                case "LastOrDefault":
                case "ElementAt":
                case "ElementAtOrDefault":
                case "ToArray":
                case "ToList":
                    return true;
                default:
                    return false;
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

        private bool IsTokenConfigurationKey(IOperation? configuration, string? key)
        {
            if (key == null)
            {
                return false;
            }

            var path = ConfigurationPaths.PathOf(configuration, Symbols);
            return path != null && IsTokenConfigurationPath(path.Length == 0 ? key : path + ConfigurationPaths.Separator + key);
        }

        private bool IsTokenConfigurationPath(string? path) =>
            path != null && string.Equals(path, Settings.ConfigurationKey, StringComparison.OrdinalIgnoreCase);
    }
}
