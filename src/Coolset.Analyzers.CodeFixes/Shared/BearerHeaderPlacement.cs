using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>Where a fix puts <c>Authorization: Bearer …</c>: the statement that creates the request (or client), and the headers to set.</summary>
    internal sealed class BearerHeaderTarget
    {
        public BearerHeaderTarget(StatementSyntax statement, string receiverText, bool isClient)
        {
            Statement = statement;
            ReceiverText = receiverText;
            IsClient = isClient;
        }

        /// <summary>The statement that creates the request or client; the header is set right after it.</summary>
        public StatementSyntax Statement { get; }

        /// <summary><c>request.Headers</c> or <c>client.DefaultRequestHeaders</c>.</summary>
        public string ReceiverText { get; }

        /// <summary>The header goes on a locally created client's <c>DefaultRequestHeaders</c>, not on a request.</summary>
        public bool IsClient { get; }

        public ExpressionSyntax Receiver => SyntaxFactory.ParseExpression(ReceiverText);
    }

    /// <summary>
    /// Places <c>&lt;receiver&gt;.Authorization = new AuthenticationHeaderValue("Bearer", credential);</c> for the
    /// request a diagnostic is about: after the statement that creates the request in the method, else after the one
    /// that creates the client that sends it. Shared by the fixes that set the header (COOL005, COOL008).
    /// </summary>
    internal static class BearerHeaderPlacement
    {
        private static readonly ConditionalWeakTable<DocumentEditor, HashSet<StatementSyntax>> Placed =
            new ConditionalWeakTable<DocumentEditor, HashSet<StatementSyntax>>();

        /// <summary>The target for the request created or sent at or around <paramref name="reportedNode"/>; null when the method creates neither a request nor a client.</summary>
        public static BearerHeaderTarget? Find(SemanticModel model, SyntaxNode reportedNode, CancellationToken ct)
        {
            var body = EnclosingBody(reportedNode);
            if (body == null)
            {
                return null;
            }

            var types = KnownTypes.For(model.Compilation);
            var requestType = types.Get(WellKnownTypeNames.HttpRequestMessage);
            var clientType = types.Get(WellKnownTypeNames.HttpClient);
            if (requestType == null || clientType == null)
            {
                return null;
            }

            // The request created or sent at the reported node, else the client that sends it.
            foreach (var node in reportedNode.AncestorsAndSelf())
            {
                ct.ThrowIfCancellationRequested();
                if (node == body)
                {
                    break;
                }

                if (node is BaseObjectCreationExpressionSyntax creation && IsOfType(model, creation, requestType, ct))
                {
                    return CreationTarget(model, creation, isClient: false, ct);
                }

                if (node is InvocationExpressionSyntax invocation &&
                    model.GetSymbolInfo(invocation, ct).Symbol is IMethodSymbol method &&
                    SentThroughClient(method, clientType))
                {
                    foreach (var argument in invocation.ArgumentList.Arguments)
                    {
                        if (IsOfType(model, argument.Expression, requestType, ct) &&
                            LocalCreationTarget(model, argument.Expression, requestType, isClient: false, ct) is { } requestTarget)
                        {
                            return requestTarget;
                        }
                    }

                    var client = method.IsExtensionMethod && method.ReducedFrom == null
                        ? invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression
                        : (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
                    return client == null ? null : LocalCreationTarget(model, client, clientType, isClient: true, ct);
                }
            }

            // Around it (a URL in a local, say): the method's only request, else its only client.
            return OnlyCreation(model, body, requestType, isClient: false, ct) ?? OnlyCreation(model, body, clientType, isClient: true, ct);
        }

        /// <summary>Inserts the header right after <paramref name="target"/>'s statement, once per statement however many fixes ask.</summary>
        public static void InsertAfter(DocumentEditor editor, BearerHeaderTarget target, ExpressionSyntax credential)
        {
            var placed = Placed.GetOrCreateValue(editor);
            lock (placed)
            {
                if (!placed.Add(target.Statement) || AlreadySetsAuthorization(target))
                {
                    return;
                }
            }

            var statement = SyntaxFactory.ExpressionStatement(
                    SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.MemberAccessExpression(
                            SyntaxKind.SimpleMemberAccessExpression,
                            target.Receiver,
                            SyntaxFactory.IdentifierName(AuthorizationHeader.Name)),
                        BearerValue(credential)))
                .WithAdditionalAnnotations(DocumentCleanup.NewCodeAnnotations);

            switch (target.Statement)
            {
                case UsingStatementSyntax { Statement: BlockSyntax block }:
                    if (block.Statements.Count > 0)
                    {
                        editor.InsertBefore(block.Statements[0], statement);
                    }
                    else
                    {
                        editor.ReplaceNode(block, (current, _) => ((BlockSyntax)current).AddStatements(statement));
                    }

                    break;
                case var s when s.Parent is GlobalStatementSyntax global:
                    // Non-elastic end of line: between members the formatter would otherwise add a blank line.
                    editor.InsertAfter(global, SyntaxFactory.GlobalStatement(statement.WithTrailingTrivia(global.GetTrailingTrivia())));
                    break;
                default:
                    editor.InsertAfter(target.Statement, statement);
                    break;
            }
        }

        private static bool AlreadySetsAuthorization(BearerHeaderTarget target)
        {
            var next = target.Statement switch
            {
                UsingStatementSyntax { Statement: BlockSyntax block } => block.Statements.FirstOrDefault(),
                _ => NextStatement(target.Statement),
            };
            return next is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax left } } &&
                   left.Name.Identifier.ValueText == "Authorization" &&
                   left.Expression.ToString() == target.ReceiverText;
        }

        private static StatementSyntax? NextStatement(StatementSyntax statement)
        {
            if (statement.Parent is BlockSyntax block)
            {
                var index = block.Statements.IndexOf(statement);
                return index + 1 < block.Statements.Count ? block.Statements[index + 1] : null;
            }

            if (statement.Parent is SwitchSectionSyntax section)
            {
                var index = section.Statements.IndexOf(statement);
                return index + 1 < section.Statements.Count ? section.Statements[index + 1] : null;
            }

            if (statement.Parent is GlobalStatementSyntax global && global.Parent is CompilationUnitSyntax unit)
            {
                var index = unit.Members.IndexOf(global);
                return index + 1 < unit.Members.Count ? (unit.Members[index + 1] as GlobalStatementSyntax)?.Statement : null;
            }

            return null;
        }

        private static SyntaxNode? EnclosingBody(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax function:
                        return function.Body;
                    case LocalFunctionStatementSyntax local:
                        return (SyntaxNode?)local.Body ?? local.ExpressionBody;
                    case BaseMethodDeclarationSyntax method:
                        return (SyntaxNode?)method.Body ?? method.ExpressionBody;
                    case AccessorDeclarationSyntax accessor:
                        return (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody;
                    case GlobalStatementSyntax global:
                        return global.Parent;
                    case MemberDeclarationSyntax _:
                        return null;
                }
            }

            return null;
        }

        private static bool SentThroughClient(IMethodSymbol method, INamedTypeSymbol clientType)
        {
            var receiverType = method.ReducedFrom != null || !method.IsExtensionMethod
                ? method.ReceiverType
                : method.Parameters.FirstOrDefault()?.Type;
            for (var type = receiverType as INamedTypeSymbol; type != null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, clientType) ||
                    SymbolEqualityComparer.Default.Equals(type, clientType.BaseType))
                {
                    return true; // HttpClient, or HttpMessageInvoker's Send/SendAsync
                }
            }

            return false;
        }

        private static bool IsOfType(SemanticModel model, ExpressionSyntax expression, INamedTypeSymbol type, CancellationToken ct) =>
            model.GetTypeInfo(expression, ct).Type is ITypeSymbol actual && SymbolEqualityComparer.Default.Equals(actual, type);

        /// <summary>A local created in the method with <c>new T(…)</c> in its declaration (or one assignment statement).</summary>
        private static BearerHeaderTarget? LocalCreationTarget(SemanticModel model, ExpressionSyntax expression, INamedTypeSymbol type, bool isClient, CancellationToken ct)
        {
            if (!(model.GetSymbolInfo(expression, ct).Symbol is ILocalSymbol local))
            {
                return null;
            }

            foreach (var reference in local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(ct) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } &&
                    IsOfType(model, creation, type, ct))
                {
                    return CreationTarget(model, creation, isClient, ct);
                }
            }

            return null;
        }

        private static BearerHeaderTarget? OnlyCreation(SemanticModel model, SyntaxNode body, INamedTypeSymbol type, bool isClient, CancellationToken ct)
        {
            BearerHeaderTarget? found = null;
            foreach (var creation in body.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
            {
                if (IsOfType(model, creation, type, ct) && CreationTarget(model, creation, isClient, ct) is { } target)
                {
                    if (found != null)
                    {
                        return null; // several: which one the diagnostic means is not clear
                    }

                    found = target;
                }
            }

            return found;
        }

        /// <summary><c>var x = new T(…);</c>, <c>using var x = …;</c>, <c>using (var x = …) { … }</c> or <c>x = new T(…);</c>.</summary>
        private static BearerHeaderTarget? CreationTarget(SemanticModel model, BaseObjectCreationExpressionSyntax creation, bool isClient, CancellationToken ct)
        {
            SyntaxToken name;
            StatementSyntax? statement;
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when declarator.Parent is VariableDeclarationSyntax declaration:
                    name = declarator.Identifier;
                    statement = declaration.Parent switch
                    {
                        LocalDeclarationStatementSyntax local => local,
                        UsingStatementSyntax { Statement: BlockSyntax } usingStatement => usingStatement,
                        _ => null,
                    };
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier, Parent: ExpressionStatementSyntax expressionStatement } assignment
                    when assignment.Right == creation && model.GetSymbolInfo(identifier, ct).Symbol is ILocalSymbol:
                    name = identifier.Identifier;
                    statement = expressionStatement;
                    break;
                default:
                    return null;
            }

            if (statement == null || !(statement is UsingStatementSyntax || statement.Parent is BlockSyntax || statement.Parent is SwitchSectionSyntax || statement.Parent is GlobalStatementSyntax))
            {
                return null;
            }

            var receiver = name.Text + (isClient ? ".DefaultRequestHeaders" : ".Headers");
            return new BearerHeaderTarget(statement, receiver, isClient);
        }

        /// <summary><c>new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", credential)</c>, the type simplified by the clean-up.</summary>
        public static ExpressionSyntax BearerValue(ExpressionSyntax credential) =>
            SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName(WellKnownTypeNames.AuthenticationHeaderValue))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxFactory.ParseExpression(StringLiterals.Quoted(AuthorizationHeader.BearerScheme))),
                    SyntaxFactory.Argument(credential.WithoutTrivia()),
                })));
    }
}
