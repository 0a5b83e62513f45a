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
        private readonly SymbolTaint? _taint; // given during the fixed-point passes; otherwise the method's flow answers
        private MethodTokenFlow? _flow;
        private TokenSourceSettings? _settings;

        public TokenValueEvaluator(TokenValueAnalysis analysis, IOperation root, CancellationToken cancellationToken, SymbolTaint? taint = null)
        {
            _analysis = analysis;
            _root = root;
            _cancellationToken = cancellationToken;
            _taint = taint;
        }

        private TokenSourceSymbols Symbols => _analysis.Symbols;

        private MethodTokenFlow Flow => _flow ??= _analysis.FlowFor(_root, _cancellationToken);

        private bool TryGetTainted(ISymbol symbol, out TokenEvidence evidence) =>
            _taint != null ? _taint.Tainted.TryGetValue(symbol, out evidence) : Flow.TryGetTainted(symbol, _cancellationToken, out evidence);

        private bool IsExempt(ISymbol symbol) =>
            _taint != null ? _taint.Exempt.Contains(symbol) : Flow.IsExempt(symbol, _cancellationToken);

        private TokenSourceSettings Settings => _settings ??= _analysis.SettingsFor(_root.Syntax.SyntaxTree);

        public bool IsTokenValue(IOperation? operation) => Explain(operation).IsToken;

        /// <summary>Whether <paramref name="operation"/> is a token value, and from which source.</summary>
        public TokenEvidence Explain(IOperation? operation)
        {
            if (operation == null)
            {
                return TokenEvidence.None;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is string text && IsSecretLiteral(text)
                    ? TokenEvidence.From(TokenSourceKind.HardcodedSecret, text)
                    : TokenEvidence.None;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    // StringValues → string is user-defined but keeps the text; other user-defined conversions compute a new value.
                    return !conversion.Conversion.IsUserDefined || Symbols.IsStringValues(conversion.Operand.Type)
                        ? Explain(conversion.Operand)
                        : TokenEvidence.None;
                case IParenthesizedOperation parenthesized:
                    return Explain(parenthesized.Operand);
                case ILocalReferenceOperation local:
                    return TokenSymbol(local.Local);
                case IParameterReferenceOperation parameter:
                    return TokenSymbol(parameter.Parameter);
                case IFieldReferenceOperation field:
                    return TokenSymbol(field.Field, field.Instance);
                case IPropertyReferenceOperation property:
                    return TokenProperty(property);
                case IInvocationOperation invocation:
                    return TokenInvocation(invocation);
                case IObjectCreationOperation creation:
                    return SymbolEqualityComparer.Default.Equals(creation.Type, Symbols.AuthenticationHeaderValue) || Symbols.IsStringBuilder(creation.Type)
                        ? FirstTokenArgument(creation.Arguments)
                        : TokenEvidence.None;
                case IBinaryOperation binary:
                    return TokenConcatenation(binary);
                case ICoalesceOperation coalesce:
                    return Either(coalesce.Value, coalesce.WhenNull);
                case IConditionalOperation conditional:
                    return Either(conditional.WhenTrue, conditional.WhenFalse);
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        var evidence = Explain(arm.Value);
                        if (evidence.IsToken)
                        {
                            return evidence;
                        }
                    }

                    return TokenEvidence.None;
                case IInterpolatedStringOperation interpolated:
                    return TokenInterpolation(interpolated);
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Explain(handler.Content);
                case IArrayCreationOperation array:
                    return array.Initializer != null ? FirstToken(array.Initializer.ElementValues) : TokenEvidence.None;
                case IArrayElementReferenceOperation element:
                    return IsString(element.Type) ? Element(Explain(element.ArrayReference), element.Indices.Length == 1 ? element.Indices[0] : null) : TokenEvidence.None;
                case IImplicitIndexerReferenceOperation slice:
                    // header[7..] strips the scheme and keeps the credential; token[..8] and token[^4..] mask it.
                    return IsString(slice.Type) && slice.Argument is IRangeOperation { RightOperand: null } range && BearerSchemeStripping.IsSchemeEnd(range.LeftOperand)
                        ? Explain(slice.Instance).AsWhole()
                        : TokenEvidence.None;
                case IConditionalAccessOperation conditionalAccess:
                    return Explain(conditionalAccess.WhenNotNull);
                case IConditionalAccessInstanceOperation instance:
                    return Explain(ConditionalAccessTarget(instance));
                case ISimpleAssignmentOperation assignment:
                    return Explain(assignment.Value);
                case ICompoundAssignmentOperation compound:
                    return Either(compound.Target, compound.Value);
                case ICoalesceAssignmentOperation coalesceAssignment:
                    return Either(coalesceAssignment.Target, coalesceAssignment.Value);
                case IAnonymousObjectCreationOperation anonymous:
                    // new { Token = token } is destructured by structured loggers.
                    return FirstToken(anonymous.Initializers);
                case ITupleOperation tuple:
                    return FirstToken(tuple.Elements);
                default:
                    return TokenEvidence.None;
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

        private TokenEvidence TokenConcatenation(IBinaryOperation binary)
        {
            var current = binary;
            while (true)
            {
                if (current.OperatorKind != BinaryOperatorKind.Add || !IsString(current.Type) || current.OperatorMethod != null)
                {
                    return TokenEvidence.None;
                }

                var right = Explain(current.RightOperand);
                if (right.IsToken)
                {
                    return right.AsWhole();
                }

                // Walk the left spine iteratively: long concatenations must not exhaust the stack.
                if (current.LeftOperand is IBinaryOperation left)
                {
                    current = left;
                    continue;
                }

                return Explain(current.LeftOperand).AsWhole();
            }
        }

        private TokenEvidence TokenInterpolation(IInterpolatedStringOperation interpolated)
        {
            foreach (var part in interpolated.Parts)
            {
                var evidence = part switch
                {
                    IInterpolationOperation hole => Explain(hole.Expression),
                    IInterpolatedStringTextOperation text => Explain(text.Text),
                    IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call } => FirstTokenArgument(call.Arguments),
                    _ => TokenEvidence.None,
                };
                if (evidence.IsToken)
                {
                    return evidence.AsWhole();
                }
            }

            return TokenEvidence.None;
        }

        /// <summary>One element of a token value that is a collection: the scheme piece of a split (index 0) holds no credential.</summary>
        private static TokenEvidence Element(TokenEvidence collection, IOperation? index)
        {
            if (collection.IsSplitPieces && index != null && index.WithoutConversions().ConstantValue is { HasValue: true, Value: 0 })
            {
                return TokenEvidence.None;
            }

            return collection.AsWhole();
        }

        private TokenEvidence Either(IOperation? first, IOperation? second)
        {
            var evidence = Explain(first);
            return evidence.IsToken ? evidence : Explain(second);
        }

        private TokenEvidence FirstTokenArgument(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                var evidence = Explain(argument.Value);
                if (evidence.IsToken)
                {
                    return evidence;
                }
            }

            return TokenEvidence.None;
        }

        private TokenEvidence FirstToken(ImmutableArray<IOperation> values)
        {
            foreach (var value in values)
            {
                var evidence = Explain(value);
                if (evidence.IsToken)
                {
                    return evidence;
                }
            }

            return TokenEvidence.None;
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
