using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Judges one expression against the token sources and propagation steps of docs/concepts.md ("Token value").</summary>
    /// <remarks>
    /// Created per question (or per fixed-point pass of <see cref="MethodTokenFlow"/>). Symbols are judged by the
    /// method's <see cref="SymbolTaint"/>, obtained lazily so that questions about constants never walk the method.
    /// </remarks>
    internal sealed partial class TokenValueEvaluator
    {
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
                    return IsTokenSymbol(field.Field, field.Instance);
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

        private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;
    }
}
