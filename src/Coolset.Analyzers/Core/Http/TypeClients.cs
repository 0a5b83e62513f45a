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
            _byName.GetOrAdd(member.Name, name => Read(name, hosts, cancellationToken));

        private Client Read(string name, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var origin = ClientOrigin.Outside;
            var authorized = false;
            var coolsetBase = false;
            foreach (var reference in _type.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                {
                    switch (node)
                    {
                        case VariableDeclaratorSyntax { Initializer.Value: var value } declarator when declarator.Identifier.ValueText == name:
                            Created(value, ref origin, ref authorized, ref coolsetBase, hosts);
                            break;
                        case PropertyDeclarationSyntax { Initializer.Value: var value } property when property.Identifier.ValueText == name:
                            Created(value, ref origin, ref authorized, ref coolsetBase, hosts);
                            break;
                        case AssignmentExpressionSyntax assignment when EndsWithName(assignment.Left, name):
                            Created(assignment.Right, ref origin, ref authorized, ref coolsetBase, hosts);
                            break;
                        case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress" } left } assignment
                            when EndsWithName(left.Expression, name):
                            coolsetBase |= HasCoolsetLiteral(assignment.Right, hosts);
                            break;
                        case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DefaultRequestHeaders" } access when EndsWithName(access.Expression, name):
                            // .Authorization = …, or .Add("Authorization", …) / TryAddWithoutValidation
                            var use = access.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } ? call : access.Parent;
                            authorized |= use != null && Mentions(use, AuthorizationHeader.Name);
                            break;
                    }
                }
            }

            return new Client(origin, authorized, coolsetBase);
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

        private static bool Mentions(SyntaxNode node, string word) =>
            node.ToString().IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

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
