public class Script : ScriptBase
{
    private const string List = "ListWidgets";
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == List) { }
        if (List.Equals(this.Context.OperationId)) { }
        switch (this.Context.OperationId) { case "CreateWidget": break; }
        if (this.Context.OperationId.ToLower() == "listwidgets") { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
