using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>One walk of a method body: its sends, the URIs its request locals get, the base addresses of its client locals.</summary>
    internal sealed class MethodScan
    {
        private readonly CoolsetRequests _requests;
        private readonly CoolsetHosts _hosts;
        private readonly CancellationToken _cancellationToken;
        private readonly List<SendCall> _sends = new List<SendCall>();
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _requestUris = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _clientBases = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _captured = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _reassigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private bool _hasLabels;

        public MethodScan(CoolsetRequests requests, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            _requests = requests;
            _hosts = hosts;
            _cancellationToken = cancellationToken;
        }

        private HttpSymbols Symbols => _requests.Symbols;

        public void Walk(IOperation root)
        {
            var stack = new Stack<(IOperation Operation, IOperation? Function)>();
            stack.Push((root, null));
            while (stack.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var (operation, function) = stack.Pop();
                Visit(operation, function);
                var inner = operation is IAnonymousFunctionOperation || operation is ILocalFunctionOperation ? operation : function;
                foreach (var child in operation.ChildOperations)
                {
                    stack.Push((child, inner));
                }
            }
        }

        private void Visit(IOperation operation, IOperation? function)
        {
            if (operation is IAssignmentOperation written)
            {
                RecordWrite(written.Target);
            }
            else if (operation is IArgumentOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } } byReference)
            {
                RecordWrite(byReference.Value);
            }

            switch (operation)
            {
                case ILabeledOperation _:
                    _hasLabels = true;
                    break;
                case ILocalReferenceOperation local when function != null && !DeclaredWithin(local.Local, function):
                    _captured.Add(local.Local);
                    break;
                case IInvocationOperation invocation when _requests.AsSend(invocation) is { } send:
                    _sends.Add(send);
                    break;
                case IObjectCreationOperation creation when Symbols.IsRequest(creation.Type) && AssignedLocal(creation) is { } requestLocal:
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri")
                        {
                            Add(_requestUris, requestLocal, argument.Value);
                        }
                    }

                    AddInitialized(creation, "RequestUri", _requestUris, requestLocal);
                    break;
                case IObjectCreationOperation creation when Symbols.IsClient(creation.Type) && AssignedLocal(creation) is { } clientLocal:
                    AddInitialized(creation, "BaseAddress", _clientBases, clientLocal);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } property } assignment:
                    if (property.Property.Name == "RequestUri" && Symbols.IsRequest(property.Property.ContainingType))
                    {
                        Add(_requestUris, instance.Local, assignment.Value);
                    }
                    else if (property.Property.Name == "BaseAddress" && Symbols.IsClient(property.Property.ContainingType))
                    {
                        Add(_clientBases, instance.Local, assignment.Value);
                    }

                    break;
            }
        }

        public MethodRequests Finish()
        {
            var sends = new Dictionary<SyntaxNode, CoolsetSend>();
            var keys = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var send in _sends)
            {
                var clientKey = CoolsetRequests.KeyOf(send.Client);
                var coolsetBase = clientKey != null && HasCoolsetBase(clientKey);
                ILocalSymbol? requestLocal = null;
                var inlineAuthorized = false;
                bool isCoolset;
                if (send.Uri != null)
                {
                    isCoolset = IsCoolsetUri(send.Uri) || (coolsetBase && CoolsetRequests.IsRelative(send.Uri));
                }
                else if (send.Request is ILocalReferenceOperation local)
                {
                    requestLocal = local.Local;
                    isCoolset = _requestUris.TryGetValue(local.Local, out var uris) && IsCoolsetRequest(uris, coolsetBase);
                }
                else if (send.Request is IObjectCreationOperation creation && Symbols.IsRequest(creation.Type))
                {
                    var uris = new List<IOperation>();
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri")
                        {
                            uris.Add(argument.Value);
                        }
                    }

                    isCoolset = IsCoolsetRequest(uris, coolsetBase);
                    inlineAuthorized = InitializerMentions(creation, AuthorizationHeader.Name);
                }
                else
                {
                    isCoolset = false; // a request from a parameter or a call: where it was built is not visible
                }

                if (!isCoolset)
                {
                    continue;
                }

                sends[send.Invocation.Syntax] = new CoolsetSend(send.Invocation, requestLocal, clientKey, inlineAuthorized);
                if (requestLocal != null)
                {
                    keys.Add(requestLocal);
                }

                if (clientKey != null)
                {
                    keys.Add(clientKey);
                }
            }

            foreach (var client in _clientBases.Keys)
            {
                if (HasCoolsetBase(client))
                {
                    keys.Add(client);
                }
            }

            return new MethodRequests(sends, keys, _captured, _reassigned, _hasLabels);
        }

        /// <summary>
        /// A field, property, parameter or local the method writes (assigned, deconstructed into, passed by
        /// <c>ref</c>/<c>out</c>); a local's declaration is not counted.
        /// </summary>
        private void RecordWrite(IOperation target)
        {
            target = target.WithoutConversions();
            if (target is ITupleOperation tuple)
            {
                foreach (var element in tuple.Elements)
                {
                    RecordWrite(element);
                }
            }
            else if (CoolsetRequests.KeyOf(target) is { } key)
            {
                _reassigned.Add(key);
            }
        }

        /// <summary>
        /// Whether a request local gets a Coolset URI in this method (sent or not), or a client local a Coolset
        /// <c>BaseAddress</c>; call after <see cref="Walk"/>.
        /// </summary>
        public bool IsCoolsetLocal(ILocalSymbol local) =>
            (_requestUris.TryGetValue(local, out var uris) && IsCoolsetRequest(uris, coolsetBase: false)) || HasCoolsetBase(local);

        private bool IsCoolsetRequest(List<IOperation> uris, bool coolsetBase)
        {
            var allRelative = uris.Count > 0;
            foreach (var uri in uris)
            {
                if (IsCoolsetUri(uri))
                {
                    return true;
                }

                allRelative &= CoolsetRequests.IsRelative(uri);
            }

            return coolsetBase && allRelative;
        }

        private bool HasCoolsetBase(ISymbol client)
        {
            if (client is ILocalSymbol local)
            {
                if (_clientBases.TryGetValue(local, out var bases))
                {
                    foreach (var value in bases)
                    {
                        if (IsCoolsetUri(value))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }

            return (client is IFieldSymbol || client is IPropertySymbol) &&
                   _requests.ClientMember(client, _hosts, _cancellationToken).CoolsetBase;
        }

        private bool IsCoolsetUri(IOperation uri) => _requests.Uris.IsCoolsetUri(uri, _hosts, _cancellationToken);

        /// <summary>The local a creation initializes or is assigned to.</summary>
        public static ILocalSymbol? AssignedLocal(IOperation creation)
        {
            var parent = creation.ParentWithoutConversions();
            return parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
                _ => null,
            };
        }

        /// <summary>Whether the object initializer of <paramref name="creation"/> names <paramref name="word"/> (any case).</summary>
        /// <remarks>Read from syntax: in a control-flow graph the initializer is lowered into separate operations.</remarks>
        public static bool InitializerMentions(IObjectCreationOperation creation, string word) =>
            creation.Syntax is BaseObjectCreationExpressionSyntax { Initializer: { } initializer } &&
            initializer.ToString().IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0;

        private static void AddInitialized(IObjectCreationOperation creation, string propertyName, Dictionary<ILocalSymbol, List<IOperation>> into, ILocalSymbol local)
        {
            if (creation.Initializer == null)
            {
                return;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && property.Property.Name == propertyName)
                {
                    Add(into, local, assignment.Value);
                }
            }
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> into, ILocalSymbol local, IOperation value)
        {
            if (!into.TryGetValue(local, out var list))
            {
                into[local] = list = new List<IOperation>();
            }

            list.Add(value);
        }

        private static bool DeclaredWithin(ILocalSymbol local, IOperation function)
        {
            var references = local.DeclaringSyntaxReferences;
            return references.Length > 0 &&
                   references[0].SyntaxTree == function.Syntax.SyntaxTree &&
                   function.Syntax.Span.Contains(references[0].Span);
        }
    }
}
