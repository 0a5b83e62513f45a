using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>The name rule of the catalogue applied to symbols: string-typed and named like an API credential.</summary>
    internal static class TokenSymbolNames
    {
        public static bool IsNamedCredential(ISymbol symbol)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    return !local.IsConst && IsCredential(local.Type, local.Name);
                case IParameterSymbol parameter:
                    return IsCredential(parameter.Type, parameter.Name);
                case IFieldSymbol field:
                    // Constants are judged by their value; a framework's static readonly header name
                    // (HeaderNames.Authorization = "Authorization") is a name, not a credential.
                    return !field.IsConst && !(field.IsStatic && field.IsReadOnly && !InSource(field)) &&
                           IsCredential(field.Type, field.Name);
                case IPropertySymbol property:
                    return !property.IsIndexer && property.Type.SpecialType == SpecialType.System_String &&
                           (TokenNames.IsOptionsTokenProperty(property.Name) || TokenNames.IsCredentialName(property.Name));
                default:
                    return false;
            }
        }

        private static bool IsCredential(ITypeSymbol type, string name) =>
            type.SpecialType == SpecialType.System_String && TokenNames.IsCredentialName(name);

        private static bool InSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
