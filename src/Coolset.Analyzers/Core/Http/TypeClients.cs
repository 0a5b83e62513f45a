using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// What a type's own code does with its <c>HttpClient</c> fields and properties: creates them (with or without a
    /// custom handler), sets their default Authorization, gives them a Coolset base address. Read from the type's
    /// syntax once per member and cached for the compilation.
    /// </summary>
    internal sealed class TypeClients
    {
        private readonly INamedTypeSymbol _type;
        private readonly ConcurrentDictionary<string, Client> _byName = new ConcurrentDictionary<string, Client>(StringComparer.Ordinal);

        public TypeClients(INamedTypeSymbol type)
        {
            _type = type;
        }

        public Client For(ISymbol member, CoolsetHosts hosts, CancellationToken cancellationToken) =>
            _byName.TryGetValue(member.Name, out var client) ? client : _byName.GetOrAdd(member.Name, Read(member.Name, hosts, cancellationToken));

        /// <remarks>
        /// Only the places that name the member are looked at: its name is searched in the text of each declaration of
        /// the type, and the syntax around each occurrence decides (walking every node of a large type costs far more).
        /// </remarks>
        private Client Read(string name, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var origin = ClientOrigin.Outside;
            var authorized = false;
            var coolsetBase = false;
            foreach (var reference in _type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var text = FileText.Of(declaration.SyntaxTree, cancellationToken);
                var end = declaration.Span.End;
                for (var index = text.IndexOf(name, declaration.SpanStart, end - declaration.SpanStart, StringComparison.Ordinal);
                     index >= 0 && index + name.Length <= end;
                     index = text.IndexOf(name, index + name.Length, end - index - name.Length, StringComparison.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var token = declaration.FindToken(index);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent != null)
                    {
                        Named(token.Parent, name, ref origin, ref authorized, ref coolsetBase, hosts);
                    }
                }
            }

            return new Client(origin, authorized, coolsetBase);
        }

        /// <summary>What the code around one occurrence of the member's name does with it.</summary>
        private static void Named(SyntaxNode named, string name, ref ClientOrigin origin, ref bool authorized, ref bool coolsetBase, CoolsetHosts hosts)
        {
            switch (named)
            {
                case VariableDeclaratorSyntax { Initializer.Value: var value }:
                    Created(value, ref origin, ref authorized, ref coolsetBase, hosts);
                    return;
                case PropertyDeclarationSyntax { Initializer.Value: var value }:
                    Created(value, ref origin, ref authorized, ref coolsetBase, hosts);
                    return;
                case IdentifierNameSyntax identifier:
                    // name, this.name or other.name: the expression that stands for the member.
                    var member = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? (ExpressionSyntax)access : identifier;
                    if (!EndsWithName(member, name))
                    {
                        return;
                    }

                    switch (member.Parent)
                    {
                        case AssignmentExpressionSyntax assignment when assignment.Left == member:
                            Created(assignment.Right, ref origin, ref authorized, ref coolsetBase, hosts);
                            break;
                        case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress", Parent: AssignmentExpressionSyntax assignment } left
                            when left.Expression == member && assignment.Left == left:
                            coolsetBase |= HasCoolsetLiteral(assignment.Right, hosts);
                            break;
                        case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DefaultRequestHeaders" } headers when headers.Expression == member:
                            // .Authorization = …, or .Add("Authorization", …) / TryAddWithoutValidation
                            var use = headers.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } ? call : headers.Parent;
                            authorized |= use != null && Mentions(use, AuthorizationHeader.Name);
                            break;
                    }

                    return;
            }
        }

        private static void Created(ExpressionSyntax value, ref ClientOrigin origin, ref bool authorized, ref bool coolsetBase, CoolsetHosts hosts)
        {
            if (!(value is BaseObjectCreationExpressionSyntax creation) ||
                (creation is ObjectCreationExpressionSyntax named && !IsClientTypeName(named.Type)))
            {
                return;
            }

            var arguments = creation.ArgumentList?.Arguments;
            var plain = arguments == null || arguments.Value.Count == 0 ||
                        (arguments.Value[0].Expression is ObjectCreationExpressionSyntax handler && IsPlainHandlerName(handler.Type));
            if (!plain)
            {
                origin = ClientOrigin.CreatedWithHandler;
            }
            else if (origin == ClientOrigin.Outside)
            {
                origin = ClientOrigin.CreatedPlain;
            }

            if (creation.Initializer != null)
            {
                authorized |= Mentions(creation.Initializer, AuthorizationHeader.Name);
                foreach (var expression in creation.Initializer.Expressions)
                {
                    if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "BaseAddress" } } baseAddress)
                    {
                        coolsetBase |= HasCoolsetLiteral(baseAddress.Right, hosts);
                    }
                }
            }
        }

        private static bool IsClientTypeName(TypeSyntax type) => RightmostName(type) == "HttpClient";

        private static bool IsPlainHandlerName(TypeSyntax type) => RightmostName(type) is "HttpClientHandler" or "SocketsHttpHandler";

        private static string? RightmostName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool EndsWithName(ExpressionSyntax expression, string name) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax } access => access.Name.Identifier.ValueText == name,
            _ => false,
        };

        /// <summary>Whether the text of <paramref name="node"/> holds <paramref name="word"/> (searched in the file's string, not a copy).</summary>
        private static bool Mentions(SyntaxNode node, string word) =>
            FileText.Of(node.SyntaxTree, CancellationToken.None).IndexOf(word, node.Span.Start, node.Span.Length, StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool HasCoolsetLiteral(ExpressionSyntax value, CoolsetHosts hosts)
        {
            foreach (var node in value.DescendantNodesAndSelf())
            {
                if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return hosts.IsCoolsetUrl(literal.Token.ValueText);
                }

                if (node is InterpolatedStringTextSyntax text)
                {
                    return hosts.IsCoolsetUrl(text.TextToken.ValueText);
                }
            }

            return false;
        }

        /// <summary>One client member as its type sees it.</summary>
        internal sealed class Client
        {
            public Client(ClientOrigin origin, bool authorized, bool coolsetBase)
            {
                Origin = origin;
                Authorized = authorized;
                CoolsetBase = coolsetBase;
            }

            public ClientOrigin Origin { get; }

            /// <summary>The type's code sets the client's default Authorization header somewhere.</summary>
            public bool Authorized { get; }

            public bool CoolsetBase { get; }
        }
    }
}
