using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Core
{
    /// <summary>How a logged token can leave its log call (docs/rules/COOL003.md, "How to fix").</summary>
    internal enum LoggedTokenRemovalKind
    {
        /// <summary>No removal keeps the call meaningful: the whole message is the token, or the template is elsewhere.</summary>
        None,

        /// <summary>A format argument goes, with its hole in the constant template.</summary>
        FormatArgument,

        /// <summary>The interpolation holes that hold a token go from the reported interpolated string.</summary>
        InterpolationHoles,

        /// <summary>The operands that hold a token go from the reported <c>+</c> concatenation.</summary>
        ConcatenationOperands,
    }

    /// <summary>
    /// What the COOL003 fix removes, decided where the token flow is known (in the analyzer) and carried to the fix in
    /// the diagnostic's properties: positions and indices only, never the token. The fix then edits syntax alone.
    /// </summary>
    internal readonly struct LoggedTokenRemoval
    {
        public const string KindProperty = "TokenRemoval";

        /// <summary>Which format argument (0-based, after the template) is removed.</summary>
        public const string FormatIndexProperty = "FormatIndex";

        /// <summary><c>True</c> when the argument is an element of an explicit array (<c>new object[] { … }</c>).</summary>
        public const string InArrayProperty = "InArray";

        /// <summary>Where the constant message template stands in the document.</summary>
        public const string TemplateStartProperty = "TemplateStart";

        public const string TemplateLengthProperty = "TemplateLength";

        /// <summary>Comma-separated indices of the holes (among the holes) or operands (of the <c>+</c> chain) that go.</summary>
        public const string PartsProperty = "TokenParts";

        private static readonly string[] TemplateParameterNames = { "message", "messageTemplate", "messageFormat", "format" };

        private LoggedTokenRemoval(LoggedTokenRemovalKind kind, int formatIndex, bool inArray, TextSpan template, ImmutableArray<int> parts)
        {
            Kind = kind;
            FormatIndex = formatIndex;
            InArray = inArray;
            Template = template;
            Parts = parts;
        }

        public LoggedTokenRemovalKind Kind { get; }

        public int FormatIndex { get; }

        public bool InArray { get; }

        public TextSpan Template { get; }

        /// <summary>Sorted, distinct indices of the interpolation holes or concatenation operands to remove.</summary>
        public ImmutableArray<int> Parts { get; }

        /// <summary>
        /// The removal for <paramref name="reported"/>, a value written by the sink call <paramref name="invocation"/>
        /// (an argument, or an element of its <c>params</c> array), as diagnostic properties; empty when none applies.
        /// </summary>
        public static ImmutableDictionary<string, string?> Plan(IInvocationOperation invocation, IOperation reported, TokenValueAnalysis tokens, CancellationToken cancellationToken)
        {
            if (!(invocation.Syntax is InvocationExpressionSyntax) || !(reported.Syntax is ExpressionSyntax syntax))
            {
                return ImmutableDictionary<string, string?>.Empty;
            }

            return PlanFormatArgument(invocation, syntax)?.ToProperties() ??
                   PlanRewrite(reported.SemanticModel, tokens, syntax, cancellationToken)?.ToProperties() ??
                   ImmutableDictionary<string, string?>.Empty;
        }

        /// <summary>Reads what <see cref="Plan"/> wrote; false when the diagnostic offers no removal.</summary>
        public static bool TryRead(Diagnostic diagnostic, out LoggedTokenRemoval removal)
        {
            removal = default;
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(KindProperty, out var kindText) ||
                !Enum.TryParse<LoggedTokenRemovalKind>(kindText, out var kind))
            {
                return false;
            }

            switch (kind)
            {
                case LoggedTokenRemovalKind.FormatArgument when
                    TryReadInt(properties, FormatIndexProperty, out var index) &&
                    TryReadInt(properties, TemplateStartProperty, out var start) &&
                    TryReadInt(properties, TemplateLengthProperty, out var length) &&
                    properties.TryGetValue(InArrayProperty, out var inArray):
                    removal = new LoggedTokenRemoval(kind, index, inArray == bool.TrueString, new TextSpan(start, length), ImmutableArray<int>.Empty);
                    return true;
                case LoggedTokenRemovalKind.InterpolationHoles:
                case LoggedTokenRemovalKind.ConcatenationOperands:
                    if (properties.TryGetValue(PartsProperty, out var partsText) && TryReadParts(partsText, out var parts))
                    {
                        removal = new LoggedTokenRemoval(kind, 0, false, default, parts);
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// No removal when the parser repaired the list around <paramref name="removed"/> (a comma or bracket missing, text
        /// skipped): which comma goes with the argument is then a guess, and removing it would move the error elsewhere.
        /// </summary>
        public static bool CanRemoveFromList(SyntaxNode? removed) =>
            removed?.Parent != null && !removed.Parent.ChildTokens().Any(t => t.IsMissing || t.ContainsDiagnostics);

        /// <summary>The argument or explicit-array element that holds <paramref name="reported"/>, null when there is none.</summary>
        public static SyntaxNode? RemovedNode(ExpressionSyntax reported, bool inArray)
        {
            var written = WithParentheses(reported);
            return inArray
                ? (written.Parent is InitializerExpressionSyntax ? written : null)
                : written.Parent as ArgumentSyntax;
        }

        /// <summary>The expression inside any parentheses, as the reported value's syntax is.</summary>
        public static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        private ImmutableDictionary<string, string?> ToProperties()
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, Kind.ToString());
            return Kind == LoggedTokenRemovalKind.FormatArgument
                ? properties
                    .Add(FormatIndexProperty, FormatIndex.ToString(CultureInfo.InvariantCulture))
                    .Add(InArrayProperty, InArray ? bool.TrueString : bool.FalseString)
                    .Add(TemplateStartProperty, Template.Start.ToString(CultureInfo.InvariantCulture))
                    .Add(TemplateLengthProperty, Template.Length.ToString(CultureInfo.InvariantCulture))
                : properties.Add(PartsProperty, string.Join(",", Parts.Select(p => p.ToString(CultureInfo.InvariantCulture))));
        }

        private static LoggedTokenRemoval? PlanFormatArgument(IInvocationOperation invocation, ExpressionSyntax reported)
        {
            var arguments = invocation.Arguments.Where(a => a.Parameter != null).OrderBy(a => a.Parameter!.Ordinal).ToList();
            var template = arguments.FirstOrDefault(a =>
                TemplateParameterNames.Contains(a.Parameter!.Name) && a.Parameter.Type.SpecialType == SpecialType.System_String);
            if (template == null || !(template.Value.WithoutConversions().Syntax is LiteralExpressionSyntax literal) ||
                !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            // An operation's syntax is the expression inside any parentheses (an argument's too): what is removed is
            // the parenthesized whole, or the argument around it.
            var written = WithParentheses(reported);
            var index = 0;
            foreach (var argument in arguments)
            {
                if (argument.Parameter!.Ordinal <= template.Parameter!.Ordinal || !IsFormatParameter(argument.Parameter))
                {
                    continue;
                }

                if (argument.Parameter.IsParams && argument.Value.WithoutConversions() is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (var element in elements.ElementValues)
                    {
                        if (WithParentheses(element.Syntax) == written)
                        {
                            // Implicit params: the element is an argument of its own; explicit array: an initializer element.
                            return FormatArgument(reported, argument.ArgumentKind != ArgumentKind.ParamArray, literal, index);
                        }

                        index++;
                    }
                }
                else if (WithParentheses(argument.Value.Syntax) == written)
                {
                    return FormatArgument(reported, inArray: false, literal, index);
                }
                else
                {
                    index++;
                }
            }

            return null;
        }

        private static LoggedTokenRemoval? FormatArgument(ExpressionSyntax reported, bool inArray, LiteralExpressionSyntax template, int index) =>
            CanRemoveFromList(RemovedNode(reported, inArray))
                ? new LoggedTokenRemoval(LoggedTokenRemovalKind.FormatArgument, index, inArray, template.Span, ImmutableArray<int>.Empty)
                : (LoggedTokenRemoval?)null;

        /// <summary>The format arguments of MEL, Serilog, NLog, log4net, Console and Debug/Trace methods.</summary>
        private static bool IsFormatParameter(IParameterSymbol parameter) =>
            parameter.IsParams || parameter.Name.StartsWith("arg", StringComparison.Ordinal) ||
            parameter.Name.StartsWith("propertyValue", StringComparison.Ordinal);

        private static LoggedTokenRemoval? PlanRewrite(SemanticModel? model, TokenValueAnalysis tokens, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            if (model == null)
            {
                return null;
            }

            var parts = ImmutableArray.CreateBuilder<int>();
            switch (WithoutParentheses(reported))
            {
                case InterpolatedStringExpressionSyntax interpolated:
                    var hole = 0;
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolationSyntax interpolation)
                        {
                            if (tokens.IsTokenValue(model.OperationOrNull(interpolation.Expression, cancellationToken), cancellationToken))
                            {
                                parts.Add(hole);
                            }

                            hole++;
                        }
                    }

                    return parts.Count == 0
                        ? (LoggedTokenRemoval?)null
                        : new LoggedTokenRemoval(LoggedTokenRemovalKind.InterpolationHoles, 0, false, default, parts.ToImmutable());
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    var operands = ConstantConcatenation.Operands(binary, throughParentheses: false).ToList();
                    var kept = new List<ExpressionSyntax>();
                    for (var i = 0; i < operands.Count; i++)
                    {
                        if (tokens.IsTokenValue(model.OperationOrNull(operands[i], cancellationToken), cancellationToken))
                        {
                            parts.Add(i);
                        }
                        else
                        {
                            kept.Add(operands[i]);
                        }
                    }

                    // Nothing to remove, nothing left, or what is left is no longer a string concatenation.
                    return kept.Count == operands.Count || kept.Count == 0 ||
                           !kept.Take(2).Any(o => model.GetTypeInfo(o, cancellationToken).Type?.SpecialType == SpecialType.System_String)
                        ? (LoggedTokenRemoval?)null
                        : new LoggedTokenRemoval(LoggedTokenRemovalKind.ConcatenationOperands, 0, false, default, parts.ToImmutable());
                default:
                    return null;
            }
        }

        private static SyntaxNode WithParentheses(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized;
            }

            return node;
        }

        private static bool TryReadInt(ImmutableDictionary<string, string?> properties, string key, out int value)
        {
            value = 0;
            return properties.TryGetValue(key, out var text) &&
                   int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private static bool TryReadParts(string? text, out ImmutableArray<int> parts)
        {
            parts = default;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            var builder = ImmutableArray.CreateBuilder<int>();
            foreach (var part in text!.Split(','))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return false;
                }

                builder.Add(index);
            }

            parts = builder.ToImmutable();
            return true;
        }
    }
}
