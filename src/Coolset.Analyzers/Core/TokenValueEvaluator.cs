using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Judges one expression against the token sources and propagation steps of the catalogue.</summary>
    /// <remarks>
    /// Created per question (or per fixed-point pass of <see cref="MethodTokenFlow"/>). Symbols are judged by the
    /// method's <see cref="SymbolTaint"/>, obtained lazily so that questions about constants never walk the method.
    /// </remarks>
    internal sealed class TokenValueEvaluator
    {
        private const string AuthorizationHeader = "Authorization";

        private readonly TokenValueAnalysis _analysis;
        private readonly IOperation _root;
        private readonly CancellationToken _cancellationToken;
        private SymbolTaint? _taint;
        private TokenSourceSettings? _settings;

        public TokenValueEvaluator(TokenValueAnalysis analysis, IOperation root, CancellationToken cancellationToken, SymbolTaint? taint = null)
        {
            _analysis = analysis;
            _root = root;
            _cancellationToken = cancellationToken;
            _taint = taint;
        }

        private TokenSourceSymbols Symbols => _analysis.Symbols;

        private SymbolTaint Taint => _taint ??= _analysis.FlowFor(_root, _cancellationToken).Taint;

        private TokenSourceSettings Settings => _settings ??= _analysis.SettingsFor(_root.Syntax.SyntaxTree);

        public bool IsTokenValue(IOperation? operation)
        {
            if (operation == null)
            {
                return false;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is string text && IsSecretLiteral(text);
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return !conversion.Conversion.IsUserDefined && IsTokenValue(conversion.Operand);
                case IParenthesizedOperation parenthesized:
                    return IsTokenValue(parenthesized.Operand);
                case ILocalReferenceOperation local:
                    return IsTokenSymbol(local.Local);
                case IParameterReferenceOperation parameter:
                    return IsTokenSymbol(parameter.Parameter);
                case IFieldReferenceOperation field:
                    return IsTokenSymbol(field.Field);
                case IPropertyReferenceOperation property:
                    return IsTokenProperty(property);
                case IInvocationOperation invocation:
                    return IsTokenInvocation(invocation);
                case IObjectCreationOperation creation:
                    return (SymbolEqualityComparer.Default.Equals(creation.Type, Symbols.AuthenticationHeaderValue) ||
                            Symbols.IsStringBuilder(creation.Type)) && AnyArgumentIsToken(creation.Arguments);
                case IBinaryOperation binary:
                    return IsTokenConcatenation(binary);
                case ICoalesceOperation coalesce:
                    return IsTokenValue(coalesce.Value) || IsTokenValue(coalesce.WhenNull);
                case IConditionalOperation conditional:
                    return IsTokenValue(conditional.WhenTrue) || IsTokenValue(conditional.WhenFalse);
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (IsTokenValue(arm.Value))
                        {
                            return true;
                        }
                    }

                    return false;
                case IInterpolatedStringOperation interpolated:
                    return IsTokenInterpolation(interpolated);
                case IInterpolatedStringHandlerCreationOperation handler:
                    return IsTokenValue(handler.Content);
                case IArrayCreationOperation array:
                    return array.Initializer != null && AnyIsToken(array.Initializer.ElementValues);
                case IArrayElementReferenceOperation element:
                    return IsString(element.Type) && IsTokenValue(element.ArrayReference);
                case IConditionalAccessOperation conditionalAccess:
                    return IsTokenValue(conditionalAccess.WhenNotNull);
                case IConditionalAccessInstanceOperation instance:
                    return IsTokenValue(ConditionalAccessTarget(instance));
                case ISimpleAssignmentOperation assignment:
                    return IsTokenValue(assignment.Value);
                case ICompoundAssignmentOperation compound:
                    return IsTokenValue(compound.Target) || IsTokenValue(compound.Value);
                case ICoalesceAssignmentOperation coalesceAssignment:
                    return IsTokenValue(coalesceAssignment.Target) || IsTokenValue(coalesceAssignment.Value);
                case IAnonymousObjectCreationOperation anonymous:
                    // new { Token = token } is destructured by structured loggers.
                    return AnyIsToken(anonymous.Initializers);
                case ITupleOperation tuple:
                    return AnyIsToken(tuple.Elements);
                default:
                    return false;
            }
        }

        /// <summary>Whether any part of <paramref name="operation"/> (itself included) is a token value.</summary>
        public bool MentionsTokenValue(IOperation operation)
        {
            if (IsTokenValue(operation))
            {
                return true;
            }

            foreach (var descendant in operation.Descendants())
            {
                if (IsTokenValue(descendant))
                {
                    return true;
                }
            }

            return false;
        }

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

        private bool IsTokenSymbol(ISymbol symbol)
        {
            if (!CanHoldToken(SymbolType(symbol)))
            {
                return false; // a logger, a CancellationToken, a count: no need to look at the method
            }

            symbol = MethodTokenFlow.Normalize(symbol);
            return Taint.Tainted.Contains(symbol) ||
                   (TokenSymbolNames.IsNamedCredential(symbol) && !Taint.Exempt.Contains(symbol));
        }

        private static ITypeSymbol? SymbolType(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>Whether a symbol of this type can hold a token value at all: text, a header value, a builder, or strings.</summary>
        private bool CanHoldToken(ITypeSymbol? type)
        {
            switch (type)
            {
                case null:
                    return false;
                case IArrayTypeSymbol array:
                    return CanHoldToken(array.ElementType);
                case INamedTypeSymbol named when named.SpecialType == SpecialType.System_String || named.SpecialType == SpecialType.System_Object:
                    return true;
                case INamedTypeSymbol named:
                    if (Symbols.IsStringBuilder(named) || SymbolEqualityComparer.Default.Equals(named, Symbols.AuthenticationHeaderValue))
                    {
                        return true;
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (argument.SpecialType == SpecialType.System_String)
                        {
                            return true; // IEnumerable<string> from GetValues, List<string>, ...
                        }
                    }

                    return named.IsAnonymousType || named.IsTupleType;
                default:
                    return false;
            }
        }

        private bool IsTokenProperty(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            if (property.IsIndexer)
            {
                if (Symbols.IsConfiguration(reference.Instance?.Type))
                {
                    return IsTokenConfigurationKey(reference.Instance, KeyArgument(reference.Arguments, 0));
                }

                // An element of Headers.GetValues("Authorization").ToList(), not a char of a token.
                return IsString(reference.Type) && IsTokenValue(reference.Instance);
            }

            if (property.Name == AuthorizationHeader && IsDeclaredIn(property, Symbols.HttpRequestHeaders))
            {
                return true;
            }

            if (property.Name == "Parameter" && IsDeclaredIn(property, Symbols.AuthenticationHeaderValue))
            {
                return IsTokenValue(reference.Instance);
            }

            if (property.Name == "Value" && IsString(property.Type) && Symbols.IsConfiguration(reference.Instance?.Type))
            {
                return IsTokenConfigurationPath(ConfigurationPaths.PathOf(reference.Instance, Symbols));
            }

            return IsTokenSymbol(property);
        }

        private bool IsTokenInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var containingType = method.ContainingType;
            switch (method.Name)
            {
                case "GetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(containingType, Symbols.Environment):
                    var name = KeyArgument(invocation.Arguments, 0);
                    return name != null && string.Equals(name, Settings.EnvironmentVariable, StringComparison.OrdinalIgnoreCase);
                case "ToString" when IsFormattingToString(method):
                    return IsTokenValue(invocation.Instance);
                case "Format":
                case "Concat":
                case "Join":
                    return containingType?.SpecialType == SpecialType.System_String && AnyArgumentIsToken(invocation.Arguments);
                case "GetValues" when IsDeclaredIn(method, Symbols.HttpHeaders):
                    var header = KeyArgument(invocation.Arguments, 0);
                    return header != null && string.Equals(header, AuthorizationHeader, StringComparison.OrdinalIgnoreCase);
                case "Parse" when IsDeclaredIn(method, Symbols.AuthenticationHeaderValue):
                    return AnyArgumentIsToken(invocation.Arguments);
                case "GetValue" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type) && IsTokenConfigurationKey(ArgumentValue(invocation.Arguments, 0), KeyArgument(invocation.Arguments, KeyOrdinal(method)));
                case "Get" when ConfigurationPaths.IsBinderMethod(method):
                    return IsString(invocation.Type) && IsTokenConfigurationPath(ConfigurationPaths.PathOf(ArgumentValue(invocation.Arguments, 0), Symbols));
            }

            if (Symbols.IsStringBuilder(containingType) && IsStringBuilderAppend(method))
            {
                return IsTokenValue(invocation.Instance) || AnyArgumentIsToken(invocation.Arguments);
            }

            if (IsElementOperator(method))
            {
                return IsTokenValue(ArgumentValue(invocation.Arguments, 0));
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

        private bool IsTokenConcatenation(IBinaryOperation binary)
        {
            var current = binary;
            while (true)
            {
                if (current.OperatorKind != BinaryOperatorKind.Add || !IsString(current.Type) || current.OperatorMethod != null)
                {
                    return false;
                }

                if (IsTokenValue(current.RightOperand))
                {
                    return true;
                }

                // Walk the left spine iteratively: long concatenations must not exhaust the stack.
                if (current.LeftOperand is IBinaryOperation left)
                {
                    current = left;
                    continue;
                }

                return IsTokenValue(current.LeftOperand);
            }
        }

        private bool IsTokenInterpolation(IInterpolatedStringOperation interpolated)
        {
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolationOperation hole when IsTokenValue(hole.Expression):
                    case IInterpolatedStringTextOperation text when IsTokenValue(text.Text):
                    case IInterpolatedStringAppendOperation append when append.AppendCall is IInvocationOperation call && AnyArgumentIsToken(call.Arguments):
                        return true;
                }
            }

            return false;
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

        private bool AnyArgumentIsToken(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (IsTokenValue(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyIsToken(ImmutableArray<IOperation> values)
        {
            foreach (var value in values)
            {
                if (IsTokenValue(value))
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? ConditionalAccessTarget(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent != null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        internal static IOperation? ArgumentValue(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        internal static string? KeyArgument(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            var value = ordinal < 0 ? null : ArgumentValue(arguments, ordinal);
            return value != null && value.ConstantValue.HasValue ? value.ConstantValue.Value as string : null;
        }

        private static bool IsDeclaredIn(ISymbol member, INamedTypeSymbol? type) =>
            type != null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type);

        private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;
    }
}
