using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>What is known about the scheme of an Authorization header value.</summary>
    internal enum AuthorizationSchemeKind
    {
        /// <summary>The scheme comes from something that is not constant (a variable, a hole): cannot know.</summary>
        Unknown,

        /// <summary>The value starts with <c>Bearer </c>.</summary>
        Bearer,

        /// <summary>The value starts with another constant scheme (<c>Basic …</c>, <c>Token …</c>).</summary>
        Other,

        /// <summary>The value has no scheme of its own: a variable, a call, a property, a constant without a space.</summary>
        None,
    }

    /// <summary>The scheme of an Authorization header value, and how to say it without showing the value.</summary>
    internal readonly struct AuthorizationScheme
    {
        private const int MaximumShownLength = 24;
        private const int MaximumShownDigits = 4;
        private const int MaximumLocalDepth = 2;

        private AuthorizationScheme(AuthorizationSchemeKind kind, string? name, bool credentialFollows)
        {
            Kind = kind;
            Name = name;
            CredentialFollows = credentialFollows;
        }

        public AuthorizationSchemeKind Kind { get; }

        /// <summary>For <see cref="AuthorizationSchemeKind.Other"/>: the scheme's text (never shown unless <see cref="ShownName"/> allows it).</summary>
        public string? Name { get; }

        /// <summary>
        /// For <see cref="AuthorizationSchemeKind.Other"/> in a composed value: exactly <c>"&lt;Scheme&gt; "</c> followed by one
        /// expression that is the whole credential (<c>"Token " + token</c>, <c>$"Token {token}"</c>).
        /// </summary>
        public bool CredentialFollows { get; }

        /// <summary>
        /// The scheme as a message may show it: a word of letters, digits and hyphens such as <c>Basic</c>, <c>Token</c> or
        /// <c>AWS4-HMAC-SHA256</c>; null for anything that could be part of a secret.
        /// </summary>
        public string? ShownName
        {
            get
            {
                var name = Name;
                if (name == null || name.Length == 0 || name.Length > MaximumShownLength || !char.IsLetter(name[0]))
                {
                    return null;
                }

                var digits = 0;
                foreach (var c in name)
                {
                    if (c >= '0' && c <= '9')
                    {
                        digits++;
                    }
                    else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'))
                    {
                        return null;
                    }
                }

                return digits <= MaximumShownDigits && !TokenShapes.MayContainSecret(name) ? name : null;
            }
        }

        public static AuthorizationScheme Unknown => new AuthorizationScheme(AuthorizationSchemeKind.Unknown, null, false);

        public static AuthorizationScheme NoScheme => new AuthorizationScheme(AuthorizationSchemeKind.None, null, false);

        /// <summary>A constant scheme argument (<c>new AuthenticationHeaderValue(scheme, …)</c>); Unknown when it is not constant.</summary>
        public static AuthorizationScheme OfSchemeArgument(IOperation? scheme)
        {
            if (!(scheme?.WithoutConversions().ConstantValue.Value is string text) || text.Trim().Length == 0)
            {
                return Unknown;
            }

            return AuthorizationHeader.IsBearerScheme(text)
                ? new AuthorizationScheme(AuthorizationSchemeKind.Bearer, null, false)
                : new AuthorizationScheme(AuthorizationSchemeKind.Other, text.Trim(), false);
        }

        /// <summary>
        /// The scheme a whole header value (<c>"Basic abc"</c>, <c>"Bearer " + token</c>, <c>token</c>) starts with. A local
        /// is judged by every value the method assigns to it.
        /// </summary>
        public static AuthorizationScheme OfValue(IOperation? value, IOperation root) => OfValue(value, root, 0);

        private static AuthorizationScheme OfValue(IOperation? value, IOperation root, int depth)
        {
            while (value is IConversionOperation || value is IParenthesizedOperation)
            {
                value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
            }

            if (value == null || value.Type?.SpecialType != SpecialType.System_String)
            {
                return Unknown;
            }

            if (value.ConstantValue.HasValue)
            {
                var text = (value.ConstantValue.Value as string ?? string.Empty).TrimStart();
                if (text.Length == 0)
                {
                    return Unknown;
                }

                var space = text.IndexOf(' ');
                return space < 0 ? NoScheme : OfPrefix(text.Substring(0, space), credentialFollows: false);
            }

            switch (value)
            {
                case IBinaryOperation _:
                case IInterpolatedStringOperation _:
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Concat" or "Format" } } invocation
                    when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    var prefix = ConstantUrlPrefix.Of(value).Text.TrimStart();
                    var space = prefix.IndexOf(' ');
                    return space <= 0
                        ? Unknown // the scheme, or the space after it, comes from a part that is not constant
                        : OfPrefix(prefix.Substring(0, space), CredentialFollowsScheme(value, prefix.Substring(0, space + 1)));
                case ILocalReferenceOperation local when depth < MaximumLocalDepth:
                    return OfLocal(local.Local, root, depth + 1);
                case ILocalReferenceOperation _:
                    return Unknown;
                default:
                    return NoScheme; // a parameter, a field, a property, a call: the value itself, without a scheme
            }
        }

        private static AuthorizationScheme OfPrefix(string scheme, bool credentialFollows) =>
            AuthorizationHeader.IsBearerScheme(scheme)
                ? new AuthorizationScheme(AuthorizationSchemeKind.Bearer, null, false)
                : new AuthorizationScheme(AuthorizationSchemeKind.Other, scheme, credentialFollows);

        /// <summary>Every value the method gives the local: one other scheme decides; otherwise all must agree.</summary>
        private static AuthorizationScheme OfLocal(ILocalSymbol local, IOperation root, int depth)
        {
            var values = new List<IOperation>();
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer != null)
                        {
                            values.Add(declarator.Initializer.Value);
                        }

                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        if (!(assignment is ISimpleAssignmentOperation))
                        {
                            return Unknown; // +=, ??=: composed in steps
                        }

                        values.Add(assignment.Value);
                        break;
                    case IArgumentOperation { Value: ILocalReferenceOperation reference, Parameter: { RefKind: not RefKind.None } }
                        when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        return Unknown; // set by another method
                }
            }

            if (values.Count == 0)
            {
                return Unknown;
            }

            var result = (AuthorizationScheme?)null;
            foreach (var value in values)
            {
                var scheme = OfValue(value, root, depth);
                if (scheme.Kind == AuthorizationSchemeKind.Other)
                {
                    return new AuthorizationScheme(AuthorizationSchemeKind.Other, scheme.Name, credentialFollows: false);
                }

                if (result == null)
                {
                    result = scheme;
                }
                else if (result.Value.Kind != scheme.Kind)
                {
                    return Unknown;
                }
            }

            return result!.Value.Kind == AuthorizationSchemeKind.None ? NoScheme : result.Value;
        }

        /// <summary><c>"Token " + x</c>, <c>string.Concat("Token ", x)</c> or <c>$"Token {x}"</c>: the scheme and a space, then one expression.</summary>
        private static bool CredentialFollowsScheme(IOperation value, string schemeAndSpace) =>
            CredentialAfterScheme(value) is { } credential &&
            !credential.ConstantValue.HasValue &&
            ConstantUrlPrefix.Of(value).Text.Equals(schemeAndSpace, StringComparison.Ordinal);

        /// <summary>The one expression after the constant scheme in a two-part composed value; null for any other shape.</summary>
        public static IOperation? CredentialAfterScheme(IOperation value)
        {
            value = value.WithoutConversions();
            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.LeftOperand.WithoutConversions().ConstantValue.HasValue &&
                                                                                        !(binary.LeftOperand.WithoutConversions() is IBinaryOperation):
                    return binary.RightOperand.WithoutConversions();
                case IInterpolatedStringOperation { Parts.Length: 2 } interpolated
                    when interpolated.Parts[0] is IInterpolatedStringTextOperation &&
                         interpolated.Parts[1] is IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    return hole.Expression.WithoutConversions();
                default:
                    return null;
            }
        }
    }
}
