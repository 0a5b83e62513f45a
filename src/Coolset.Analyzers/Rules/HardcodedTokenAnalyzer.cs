using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL001 (live token), COOL002 (Bearer credential) and COOL007 (test token): one scan finds all three,
    /// so that a Bearer credential that is a token is reported once, as the token.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardcodedTokenAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.HardcodedLiveToken, Descriptors.HardcodedBearerCredential, Descriptors.HardcodedTestToken);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSyntaxTreeAction(AnalyzeLiteralsAndComments);
                start.RegisterSyntaxNodeAction(AnalyzeConcatenation, SyntaxKind.AddExpression);
                start.RegisterSyntaxNodeAction(AnalyzeInterpolation, SyntaxKind.InterpolatedStringExpression);

                var headerValueType = KnownTypes.For(start.Compilation).Get(WellKnownTypeNames.AuthenticationHeaderValue);
                if (headerValueType != null)
                {
                    start.RegisterSemanticModelAction(c => AnalyzeHeaderValueCreations(c, headerValueType));
                }
            });
        }

        private static void AnalyzeLiteralsAndComments(SyntaxTreeAnalysisContext context)
        {
            var text = FileText.Of(context.Tree, context.CancellationToken);
            if (!TokenShapes.MayContainSecret(text))
            {
                return;
            }

            var root = context.Tree.GetRoot(context.CancellationToken);
            var positions = ListPool<int>.Rent();
            var sites = ListPool<TextSite>.Rent();
            TokenShapes.AddCandidatePositions(text, positions);
            SecretLocations.FindSites(root, positions, includeComments: true, sites, context.CancellationToken);
            var matches = ListPool<SecretMatch>.Rent();
            foreach (var site in sites)
            {
                if (site.IsLiteral)
                {
                    ScanLiteral(context, site.LiteralToken, matches);
                }
                else
                {
                    ScanComment(context, site.CommentText!, site.CommentStart, matches);
                }
            }

            ListPool<SecretMatch>.Return(matches);
            ListPool<TextSite>.Return(sites);
            ListPool<int>.Return(positions);
        }

        /// <summary>
        /// A literal is reported once per secret in its value: as a whole, or, where it spans several lines, on the
        /// secret's own span, so that the build output names the line the secret is on.
        /// </summary>
        private static void ScanLiteral(SyntaxTreeAnalysisContext context, SyntaxToken token, List<SecretMatch> matches)
        {
            matches.Clear();
            var value = token.ValueText;
            TokenShapes.FindSecrets(value, matches);
            var multiLine = matches.Count > 0 && token.Text.IndexOf('\n') >= 0;
            foreach (var match in matches)
            {
                var sourceStart = multiLine ? SecretSourceOffsets.SourceStart(value, token.Text, match) : -1;
                var location = sourceStart < 0
                    ? token.GetLocation()
                    : Location.Create(context.Tree, new TextSpan(token.SpanStart + sourceStart, match.Length));
                context.ReportDiagnostic(CreateDiagnostic(value, match, location));
            }
        }

        /// <summary>In comments and disabled code only tokens count, each reported where it stands.</summary>
        private static void ScanComment(SyntaxTreeAnalysisContext context, string text, int offset, List<SecretMatch> matches)
        {
            matches.Clear();
            TokenShapes.FindTokens(text, matches);
            foreach (var match in matches)
            {
                var location = Location.Create(context.Tree, new TextSpan(offset + match.Start, match.Length));
                context.ReportDiagnostic(CreateDiagnostic(text, match, location));
            }
        }

        /// <summary>A token or credential split over several constant operands (<c>"sk_" + "live_…"</c>).</summary>
        private static void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
        {
            var expression = (BinaryExpressionSyntax)context.Node;
            if (IsOperandOfOuterConcatenation(expression) || !HasStringLiteralOperand(expression))
            {
                return;
            }

            AnalyzeConstant(context, expression);
        }

        /// <summary>A constant interpolated string (<c>$"Bearer {Credential}"</c> with a <c>const</c>), folded like a concatenation.</summary>
        private static void AnalyzeInterpolation(SyntaxNodeAnalysisContext context)
        {
            var expression = (InterpolatedStringExpressionSyntax)context.Node;
            if (IsOperandOfOuterConcatenation(expression) || !MayBeConstant(expression))
            {
                return;
            }

            AnalyzeConstant(context, expression);
        }

        /// <summary>Reports the secrets of a folded constant that no single operand holds (those are reported where they stand).</summary>
        private static void AnalyzeConstant(SyntaxNodeAnalysisContext context, ExpressionSyntax expression)
        {
            var constant = context.SemanticModel.GetConstantValue(expression, context.CancellationToken);
            if (!constant.HasValue || !(constant.Value is string value) || !TokenShapes.MayContainSecret(value))
            {
                return;
            }

            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(value, matches);
            if (matches.Count == 0)
            {
                return;
            }

            var operandEnds = ConstantConcatenation.OperandEnds(expression, context.SemanticModel, context.CancellationToken);
            foreach (var match in matches)
            {
                if (ConstantConcatenation.SpansSeveralOperands(operandEnds, TokenShapes.TextStart(value, match), match.End))
                {
                    context.ReportDiagnostic(CreateDiagnostic(value, match, expression.GetLocation()));
                }
            }
        }

        /// <summary>
        /// <c>new AuthenticationHeaderValue("Bearer", "&lt;credential&gt;")</c>: the creations are found in the file's text
        /// (see <see cref="ObjectCreationSites"/>), not with a callback for every <c>new</c>.
        /// </summary>
        private static void AnalyzeHeaderValueCreations(SemanticModelAnalysisContext context, INamedTypeSymbol headerValueType)
        {
            var text = FileText.Of(context.SemanticModel.SyntaxTree, context.CancellationToken);
            List<IObjectCreationOperation>? creations = null;
            ObjectCreationSites.Find(context.SemanticModel, text, headerValueType, ref creations, context.CancellationToken);
            for (var i = 0; creations != null && i < creations.Count; i++)
            {
                if (HeaderValueCredential(creations[i]) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private static Diagnostic? HeaderValueCredential(IObjectCreationOperation creation)
        {
            if (creation.Arguments.Length != 2)
            {
                return null;
            }

            var scheme = creation.Arguments[0].Value.ConstantValue;
            var credential = creation.Arguments[1].Value;
            if (!scheme.HasValue || !(scheme.Value is string schemeText) ||
                !AuthorizationHeader.IsBearerScheme(schemeText) ||
                !credential.ConstantValue.HasValue || !(credential.ConstantValue.Value is string value) ||
                TokenShapes.ContainsToken(value) || !TokenShapes.IsBearerCredentialValue(value))
            {
                return null;
            }

            var match = new SecretMatch(SecretKind.BearerCredential, 0, value.Length);
            return CreateDiagnostic(value, match, credential.Syntax.GetLocation());
        }

        private static Diagnostic CreateDiagnostic(string text, SecretMatch match, Location location)
        {
            var descriptor = match.Kind switch
            {
                SecretKind.LiveToken => Descriptors.HardcodedLiveToken,
                SecretKind.TestToken => Descriptors.HardcodedTestToken,
                _ => Descriptors.HardcodedBearerCredential,
            };
            return Diagnostic.Create(descriptor, location, SecretProperties.Create(match), Redaction.Redact(text, match));
        }

        private static bool IsOperandOfOuterConcatenation(ExpressionSyntax expression)
        {
            var parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return parent != null && parent.IsKind(SyntaxKind.AddExpression);
        }

        /// <summary>
        /// Text and at least one hole, every hole a name or a literal without alignment or format (the only shape a
        /// constant interpolated string can have), and text that may hold part of a secret: <c>Bearer</c> or <c>sk_</c>,
        /// or a letter, digit or underscore glued to a hole (<c>live_{Body}</c>). Checked before asking the compiler
        /// for the value, since most interpolated strings are log messages and URLs.
        /// </summary>
        private static bool MayBeConstant(InterpolatedStringExpressionSyntax expression)
        {
            bool hasHole = false, mayHoldSecret = false;
            var contents = expression.Contents;
            for (var i = 0; i < contents.Count; i++)
            {
                switch (contents[i])
                {
                    case InterpolatedStringTextSyntax text:
                        var value = text.TextToken.ValueText;
                        mayHoldSecret |= TokenShapes.MayContainSecret(value) ||
                                         (i > 0 && value.Length > 0 && IsTokenPieceChar(value[0])) ||
                                         (i < contents.Count - 1 && value.Length > 0 && IsTokenPieceChar(value[value.Length - 1]));
                        break;
                    case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole
                        when hole.Expression is IdentifierNameSyntax || hole.Expression is MemberAccessExpressionSyntax || hole.Expression is LiteralExpressionSyntax:
                        hasHole = true;
                        break;
                    default:
                        return false;
                }
            }

            return hasHole && mayHoldSecret;
        }

        private static bool IsTokenPieceChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

        /// <summary>
        /// Whether some operand of the <c>+</c> chain (through parentheses) is a string literal or an interpolated string.
        /// Walked without allocating: every <c>+</c> of the program comes here.
        /// </summary>
        private static bool HasStringLiteralOperand(ExpressionSyntax expression)
        {
            while (true)
            {
                while (expression is ParenthesizedExpressionSyntax parenthesized)
                {
                    expression = parenthesized.Expression;
                }

                if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    if (HasStringLiteralOperand(binary.Right))
                    {
                        return true;
                    }

                    expression = binary.Left;
                    continue;
                }

                return expression.IsKind(SyntaxKind.StringLiteralExpression) || expression.IsKind(SyntaxKind.InterpolatedStringExpression);
            }
        }
    }
}
