using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL004 in C#: http URLs to a Coolset host in string literals of every form (and constant concatenations of them),
    /// and <c>UriBuilder</c>s built with the http scheme and a Coolset host. Configuration files are read by
    /// <see cref="TokenInConfigurationFileAnalyzer"/>. See docs/rules/COOL004.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InsecureCoolsetUrlAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InsecureCoolsetUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var types = KnownTypes.For(start.Compilation);
                var xNamespace = types.Get(WellKnownTypeNames.XNamespace);
                start.RegisterSemanticModelAction(c => AnalyzeLiterals(c, xNamespace));

                var uriBuilder = types.Get(WellKnownTypeNames.UriBuilder);
                if (uriBuilder != null)
                {
                    var uri = types.Get(WellKnownTypeNames.Uri);
                    start.RegisterSemanticModelAction(c => AnalyzeUriBuilders(c, uriBuilder, uri));
                }
            });
        }

        /// <summary>Only the literals that hold a <c>://</c> are looked at: a file without one costs one search of its text.</summary>
        private static void AnalyzeLiterals(SemanticModelAnalysisContext context, INamedTypeSymbol? xNamespace)
        {
            var cancellationToken = context.CancellationToken;
            var tree = context.SemanticModel.SyntaxTree;
            var text = FileText.Of(tree, cancellationToken);
            if (!UrlScanner.MayContainUrl(text))
            {
                return;
            }

            var hosts = CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(context.Options, tree));
            var positions = ListPool<int>.Rent();
            var sites = ListPool<TextSite>.Rent();
            UrlScanner.AddSeparatorPositionsNotAfterHttps(text, positions);
            SecretLocations.FindSites(tree.GetRoot(cancellationToken), positions, includeComments: false, sites, cancellationToken);
            ListPool<int>.Return(positions);
            HashSet<int>? concatenations = null;
            foreach (var site in sites)
            {
                var token = site.LiteralToken;
                var value = token.ValueText;
                var literal = LiteralExpression(token);
                var concatenation = OutermostConcatenation(literal);
                var isInnerOperand = concatenation != null && !IsLastOperand(concatenation, literal);
                var index = 0;
                while (UrlScanner.TryFindNext(value, index, out var url))
                {
                    index = url.End;
                    if (!InsecureCoolsetUrls.IsInsecure(value, url, hosts) ||
                        (url.HostEnd == value.Length && (isInnerOperand || HostContinuesInHole(token))) ||
                        IsXmlNamespace(context.SemanticModel, literal, xNamespace, cancellationToken))
                    {
                        continue; // the host is not known from this literal alone; the concatenation decides
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InsecureCoolsetUrl, token.GetLocation(), LiteralRewrite(token, value, url), Redaction.RedactAll(value.Substring(url.Start, url.Length))));
                }

                if (concatenation != null && (concatenations ??= new HashSet<int>()).Add(concatenation.SpanStart))
                {
                    AnalyzeConcatenation(context, concatenation, hosts, xNamespace);
                }
            }

            ListPool<TextSite>.Return(sites);
        }

        /// <summary>
        /// A URL whose scheme and host are spread over several constant operands (<c>"http://" + Host</c>), or whose host
        /// ends exactly where a literal operand ends. A URL whose host one operand holds whole is reported on that operand
        /// (or on the constant it names), not again here.
        /// </summary>
        private static void AnalyzeConcatenation(SemanticModelAnalysisContext context, BinaryExpressionSyntax concatenation, CoolsetHosts hosts, INamedTypeSymbol? xNamespace)
        {
            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            var constant = model.GetConstantValue(concatenation, cancellationToken);
            if (!constant.HasValue || !(constant.Value is string value) || !UrlScanner.MayContainUrl(value))
            {
                return;
            }

            List<ExpressionSyntax>? operands = null;
            List<int>? ends = null;
            var index = 0;
            while (UrlScanner.TryFindNext(value, index, out var url))
            {
                index = url.End;
                if (!InsecureCoolsetUrls.IsInsecure(value, url, hosts))
                {
                    continue;
                }

                operands ??= new List<ExpressionSyntax>(ConstantConcatenation.Operands(concatenation));
                ends ??= ConstantConcatenation.OperandEnds(concatenation, model, cancellationToken);
                var operand = 0;
                while (operand < ends.Count - 1 && ends[operand] <= url.Start)
                {
                    operand++;
                }

                var operandEnd = ends[operand];
                var isLast = operand == ends.Count - 1;
                var hostWithinOperand = url.HostEnd < operandEnd || (url.HostEnd == operandEnd && isLast);
                var constantHoldsHost = url.HostEnd == operandEnd && !IsLiteral(operands[operand]);
                if (hostWithinOperand || constantHoldsHost || IsXmlNamespace(model, concatenation, xNamespace, cancellationToken))
                {
                    continue;
                }

                var operandStart = operand == 0 ? 0 : ends[operand - 1];
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InsecureCoolsetUrl,
                    concatenation.GetLocation(),
                    OperandRewrite(operands[operand], value, url, operandStart, operandEnd),
                    Redaction.RedactAll(value.Substring(url.Start, url.Length))));
            }
        }

        /// <summary>
        /// The file's <c>UriBuilder</c> creations, found in its text (see <see cref="ObjectCreationSites"/>) rather than with
        /// a callback for every <c>new</c>.
        /// </summary>
        private static void AnalyzeUriBuilders(SemanticModelAnalysisContext context, INamedTypeSymbol uriBuilder, INamedTypeSymbol? uri)
        {
            var text = FileText.Of(context.SemanticModel.SyntaxTree, context.CancellationToken);
            List<IObjectCreationOperation>? creations = null;
            ObjectCreationSites.Find(context.SemanticModel, text, uriBuilder, ref creations, context.CancellationToken);
            for (var i = 0; creations != null && i < creations.Count; i++)
            {
                if (InsecureUriBuilder(context.Options, creations[i], uri) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary><c>new UriBuilder("http", "developers.coolset.com")</c>, <c>new UriBuilder { Scheme = Uri.UriSchemeHttp, Host = … }</c>.</summary>
        private static Diagnostic? InsecureUriBuilder(AnalyzerOptions options, IObjectCreationOperation creation, INamedTypeSymbol? uri)
        {
            if (creation.Constructor == null)
            {
                return null;
            }

            IOperation? scheme = null;
            IOperation? host = null;
            var parameters = creation.Constructor.Parameters;
            if (parameters.Length >= 2 && parameters[0].Type.SpecialType == SpecialType.System_String &&
                parameters[1].Type.SpecialType == SpecialType.System_String)
            {
                scheme = creation.Arguments.ArgumentValue(0);
                host = creation.Arguments.ArgumentValue(1);
            }

            if (creation.Initializer != null)
            {
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        switch (property.Property.Name)
                        {
                            case "Scheme":
                                scheme = assignment.Value;
                                break;
                            case "Host":
                                host = assignment.Value;
                                break;
                        }
                    }
                }
            }

            scheme = scheme?.WithoutConversions();
            if (scheme == null || host == null || !IsHttpScheme(scheme, uri) ||
                !(host.WithoutConversions().ConstantValue.Value is string hostName))
            {
                return null;
            }

            var hosts = CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(options, creation.Syntax.SyntaxTree));
            if (!InsecureCoolsetUrls.IsCoolsetHostName(hostName, hosts))
            {
                return null;
            }

            return Diagnostic.Create(
                Descriptors.InsecureCoolsetUrl,
                scheme.Syntax.GetLocation(),
                SchemeArgumentRewrite(scheme.Syntax),
                Redaction.RedactAll(InsecureCoolsetUrls.DescribeBuiltUrl(hostName)));
        }

        private static bool IsHttpScheme(IOperation scheme, INamedTypeSymbol? uri)
        {
            if (scheme.ConstantValue.HasValue)
            {
                return scheme.ConstantValue.Value is string text && string.Equals(text.Trim(), "http", StringComparison.OrdinalIgnoreCase);
            }

            return scheme is IFieldReferenceOperation field &&
                   field.Field.Name == nameof(Uri.UriSchemeHttp) &&
                   SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, uri);
        }

        /// <summary>The literal <c>"http"</c> becomes <c>"https"</c>; <c>Uri.UriSchemeHttp</c> becomes <c>Uri.UriSchemeHttps</c>.</summary>
        private static ImmutableDictionary<string, string?>? SchemeArgumentRewrite(SyntaxNode scheme)
        {
            if (scheme is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var value = literal.Token.ValueText;
                var start = value.IndexOf("http", StringComparison.OrdinalIgnoreCase);
                return start >= 0 && LiteralText.TryMap(literal.Token, value, start, 4, out var position)
                    ? SchemeRewriteProperties.Create(position, 4, UrlScanner.HttpsScheme)
                    : null;
            }

            var name = scheme switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier,
                IdentifierNameSyntax identifier => identifier.Identifier,
                _ => default,
            };
            const string Prefix = "UriScheme";
            return name.ValueText == nameof(Uri.UriSchemeHttp) && name.Text == name.ValueText
                ? SchemeRewriteProperties.Create(name.SpanStart + Prefix.Length, 4, "Https")
                : null;
        }

        /// <summary>Where the fix rewrites a URL found in a literal's value: the scheme and a <c>:80</c>, as written in the source.</summary>
        private static ImmutableDictionary<string, string?>? LiteralRewrite(SyntaxToken token, string value, UrlSpans url)
        {
            // The URL up to its path, mapped as one piece: scheme and port keep their distance in the source.
            var authorityLength = url.PathStart - url.Start;
            if (!LiteralText.TryMap(token, value, url.Start, authorityLength, out var position))
            {
                return null;
            }

            return InsecureCoolsetUrls.HasDefaultHttpPort(value, url)
                ? SchemeRewriteProperties.Create(position, url.SchemeLength, UrlScanner.HttpsScheme, position + (url.PortStart - 1 - url.Start), url.PortLength + 1)
                : SchemeRewriteProperties.Create(position, url.SchemeLength, UrlScanner.HttpsScheme);
        }

        /// <summary>The operand that holds the scheme is rewritten, when it is a literal; its <c>:80</c> too, when it holds it.</summary>
        private static ImmutableDictionary<string, string?>? OperandRewrite(ExpressionSyntax operand, string value, UrlSpans url, int operandStart, int operandEnd)
        {
            if (!(operand is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
                url.Start + url.SchemeLength > operandEnd)
            {
                return null;
            }

            var token = literal.Token;
            var operandValue = token.ValueText;
            var pieceEnd = Math.Min(url.PathStart, operandEnd);
            if (!LiteralText.TryMap(token, operandValue, url.Start - operandStart, pieceEnd - url.Start, out var position))
            {
                return null;
            }

            var portHeld = InsecureCoolsetUrls.HasDefaultHttpPort(value, url) && url.PortStart + url.PortLength <= pieceEnd;
            return portHeld
                ? SchemeRewriteProperties.Create(position, url.SchemeLength, UrlScanner.HttpsScheme, position + (url.PortStart - 1 - url.Start), url.PortLength + 1)
                : SchemeRewriteProperties.Create(position, url.SchemeLength, UrlScanner.HttpsScheme);
        }

        /// <summary>The expression a literal token belongs to: the literal, or the interpolated string around a text part.</summary>
        private static ExpressionSyntax? LiteralExpression(SyntaxToken token) =>
            token.Parent switch
            {
                LiteralExpressionSyntax literal => literal,
                InterpolatedStringTextSyntax text => text.Parent as ExpressionSyntax,
                _ => null,
            };

        /// <summary>In <c>$"http://coolset.com{rest}"</c> the host may go on in the hole: it is known only when the string ends there.</summary>
        private static bool HostContinuesInHole(SyntaxToken token) =>
            token.IsKind(SyntaxKind.InterpolatedStringTextToken) &&
            !token.GetNextToken().IsKind(SyntaxKind.InterpolatedStringEndToken) &&
            !token.GetNextToken().IsKind(SyntaxKind.InterpolatedRawStringEndToken);

        private static BinaryExpressionSyntax? OutermostConcatenation(ExpressionSyntax? expression)
        {
            BinaryExpressionSyntax? outermost = null;
            var node = expression?.Parent;
            while (node is ParenthesizedExpressionSyntax || (node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)))
            {
                if (node is BinaryExpressionSyntax add)
                {
                    outermost = add;
                }

                node = node.Parent;
            }

            return outermost;
        }

        private static bool IsLastOperand(BinaryExpressionSyntax concatenation, ExpressionSyntax? operand)
        {
            ExpressionSyntax last = concatenation;
            while (true)
            {
                switch (last)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        last = parenthesized.Expression;
                        continue;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        last = binary.Right;
                        continue;
                }

                return last == operand;
            }
        }

        private static bool IsLiteral(ExpressionSyntax operand) =>
            operand.IsKind(SyntaxKind.StringLiteralExpression) || operand.IsKind(SyntaxKind.Utf8StringLiteralExpression) ||
            operand.IsKind(SyntaxKind.InterpolatedStringExpression);

        /// <summary>
        /// A namespace name, never requested: an <c>XNamespace</c>, a <c>Namespace = …</c> attribute argument
        /// (<c>[XmlRoot]</c>, <c>[DataContract]</c>), or an argument for a namespace parameter (<c>XNamespace.Get</c>,
        /// <c>XmlNamespaceManager.AddNamespace</c>, <c>XmlWriter.WriteStartElement</c>).
        /// </summary>
        private static bool IsXmlNamespace(SemanticModel model, ExpressionSyntax? expression, INamedTypeSymbol? xNamespace, CancellationToken cancellationToken)
        {
            if (expression == null)
            {
                return false;
            }

            var node = expression.Parent;
            while (node is ParenthesizedExpressionSyntax || node is BinaryExpressionSyntax)
            {
                node = node.Parent;
            }

            if (node is AttributeArgumentSyntax attributeArgument)
            {
                var name = attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText;
                return name != null && IsNamespaceName(name);
            }

            if (xNamespace != null && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(expression, cancellationToken).ConvertedType, xNamespace))
            {
                return true;
            }

            if (node is ArgumentSyntax && model.OperationOrNull(node, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
            {
                return IsNamespaceName(parameter.Name) ||
                       (parameter.Name == "uri" && parameter.ContainingSymbol.Name == "AddNamespace");
            }

            return false;
        }

        private static bool IsNamespaceName(string name) =>
            name.IndexOf("namespace", StringComparison.OrdinalIgnoreCase) >= 0 || string.Equals(name, "ns", StringComparison.OrdinalIgnoreCase);
    }
}
